import { Button, Group, Text, Textarea } from '@mantine/core';
import { IconFileSearch } from '@tabler/icons-react';

/**
 * PostingBox is the Add form's "From a posting" box: paste a job page (its
 * HTML or its text) and press Read; the backend reads it offline and the
 * form fills in what it found. Dropping a saved page on the window does the
 * same. Why nothing was found is shown under the box.
 */
export function PostingBox({
  value,
  onChange,
  onRead,
  reading,
  error,
  found,
}: {
  value: string;
  onChange: (v: string) => void;
  onRead: () => void;
  /** What is being read ("Reading job.html…"), or '' when idle. */
  reading: string;
  error: string;
  found: { count: number; from: string } | null;
}) {
  return (
    <div>
      <Textarea
        label="From a posting"
        description="Paste a job page or its text, or drop a saved page (.html, .mhtml, .txt, .md) on the window. Nothing is saved until you save."
        placeholder="Paste here, then press Read"
        minRows={2}
        maxRows={4}
        autosize
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        error={error || undefined}
        styles={{ input: { fontSize: 'var(--mantine-font-size-xs)' } }}
      />
      <Group justify="space-between" mt={6} wrap="nowrap">
        <Text size="xs" c="dimmed" aria-live="polite">
          {reading ||
            (found
              ? `${found.count > 1 ? `Found ${found.count} jobs; the first one is filled in` : 'Filled in from the posting'}${found.from ? ` (read from ${found.from})` : ''}. Check the fields, then save.`
              : '')}
        </Text>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconFileSearch size={14} aria-hidden />}
          onClick={onRead}
          loading={reading !== ''}
          disabled={value.trim() === ''}
          type="button"
        >
          Read
        </Button>
      </Group>
    </div>
  );
}
