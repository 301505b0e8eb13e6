import { memo, type Ref } from 'react';
import { Button, Group, Loader, Text, Textarea } from '@mantine/core';
import { IconFileSearch, IconLink } from '@tabler/icons-react';

/**
 * PostingBox is the Add form's "From a posting" box: paste a job page (its
 * HTML or its text) and press Read; the backend reads it offline and the
 * form fills in what it found. Dropping a saved page on the window does the
 * same. A link pasted alone is fetched instead ("Read link"), which the box
 * shows while it runs. Why nothing was found is shown under the box. It
 * renders again only when its own props change: a pasted page can be
 * megabytes, which autosize would measure on every keystroke in the form's
 * other fields.
 */
export const PostingBox = memo(function PostingBox({
  ref,
  autoFocus,
  value,
  isLink,
  onChange,
  onRead,
  reading,
  error,
  foundCount,
  foundFrom,
}: {
  ref?: Ref<HTMLTextAreaElement>;
  /** The box takes the focus when the dialog opens (opened for a link), not Company. */
  autoFocus: boolean;
  value: string;
  /** The box holds a single http(s) link: Read fetches it. */
  isLink: boolean;
  onChange: (v: string) => void;
  onRead: () => void;
  /** What is being read ("Reading job.html…", "Fetching boards.greenhouse.io…"), or '' when idle. */
  reading: string;
  error: string;
  /** How many jobs the last read found (0: none read yet) and how it read them. */
  foundCount: number;
  foundFrom: string;
}) {
  return (
    <div>
      <Textarea
        ref={ref}
        data-autofocus={autoFocus || undefined}
        label="From a posting"
        description="Paste a job page, its text or its link, or drop a saved page (.html, .mhtml, .txt, .md) on the window. Nothing is saved until you save."
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
        <Group gap={6} wrap="nowrap" aria-live="polite">
          {reading ? <Loader size={12} aria-hidden data-testid="posting-loader" /> : null}
          <Text size="xs" c="dimmed">
            {reading ||
              (foundCount > 0
                ? `${foundCount > 1 ? `Found ${foundCount} jobs; the first one is filled in` : 'Filled in from the posting'}${foundFrom ? ` (read from ${foundFrom})` : ''}. Check the fields, then save.`
                : '')}
          </Text>
        </Group>
        <Button
          size="xs"
          variant="light"
          leftSection={isLink ? <IconLink size={14} aria-hidden /> : <IconFileSearch size={14} aria-hidden />}
          onClick={onRead}
          loading={reading !== ''}
          disabled={value.trim() === ''}
          type="button"
        >
          {isLink ? 'Read link' : 'Read'}
        </Button>
      </Group>
    </div>
  );
});
