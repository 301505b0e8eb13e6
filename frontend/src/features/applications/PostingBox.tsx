import { memo } from 'react';
import { Button, Group, Text, Textarea } from '@mantine/core';
import { IconFileSearch } from '@tabler/icons-react';

/**
 * PostingBox is the Add form's "From a posting" box: paste a job page (its
 * HTML or its text) and press Read; the backend reads it offline and the
 * form fills in what it found. Dropping a saved page on the window does the
 * same. Why nothing was found is shown under the box. It renders again
 * only when its own props change: a pasted page can be megabytes, which
 * autosize would measure on every keystroke in the form's other fields.
 */
export const PostingBox = memo(function PostingBox({
  value,
  onChange,
  onRead,
  reading,
  error,
  foundCount,
  foundFrom,
}: {
  value: string;
  onChange: (v: string) => void;
  onRead: () => void;
  /** What is being read ("Reading job.html…"), or '' when idle. */
  reading: string;
  error: string;
  /** How many jobs the last read found (0: none read yet) and how it read them. */
  foundCount: number;
  foundFrom: string;
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
            (foundCount > 0
              ? `${foundCount > 1 ? `Found ${foundCount} jobs; the first one is filled in` : 'Filled in from the posting'}${foundFrom ? ` (read from ${foundFrom})` : ''}. Check the fields, then save.`
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
});
