import { useEffect, useRef, useState, type ClipboardEvent, type SubmitEvent } from 'react';
import { Button, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { isApiError, jobs, type JobDraft } from '../../api';
import { asLink, hostOf } from '../../app/link';

/** readJobLink fetches a job link as the Add form's "Read link" does: a job keeps the link as its URL when the page names none. */
export async function readJobLink(link: string): Promise<JobDraft[]> {
  const drafts = (await jobs.readLink(link)).map((d) => (d.url.trim() ? d : { ...d, url: link }));
  if (drafts.length === 0) throw new Error('No job found in this posting.');
  return drafts;
}

/**
 * QuickAdd is a lane's two-field form: company and job title, added in the
 * lane's stage. A job link pasted in Company (or typed there, then Read
 * link) is fetched instead, showing from which host, and onReview gets what
 * was read, for the Add dialog to show before anything is saved; why nothing
 * was read (a sign-in wall, no job on the page) is shown under the form.
 */
export function QuickAdd({
  stage,
  onAdd,
  onReview,
  onClose,
}: {
  stage: string;
  onAdd: (company: string, title: string) => Promise<void>;
  onReview: (drafts: JobDraft[]) => void;
  onClose: () => void;
}) {
  const [company, setCompany] = useState('');
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [fetching, setFetching] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  // A fetch still running when the form closes opens nothing.
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  const link = asLink(company);

  const read = async (url: string) => {
    setErrors({});
    setFetching(`Fetching ${hostOf(url)}…`);
    try {
      const drafts = await readJobLink(url);
      if (!live.current) return;
      onReview(drafts);
      onClose();
    } catch (err) {
      if (live.current) setErrors({ form: (err as Error).message });
    } finally {
      if (live.current) setFetching('');
    }
  };

  const submit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (fetching) return;
    if (link) {
      await read(link);
      return;
    }
    if (company.trim() === '') {
      setErrors({ company: 'Company is required' });
      return;
    }
    setBusy(true);
    try {
      await onAdd(company.trim(), title.trim());
      onClose();
    } catch (err) {
      const field = isApiError(err) && err.field ? err.field : 'form';
      setErrors({ [field]: (err as Error).message });
    } finally {
      setBusy(false);
    }
  };

  // A link pasted into an empty Company is read at once.
  const onPaste = (e: ClipboardEvent<HTMLInputElement>) => {
    const pasted = asLink(e.clipboardData.getData('text'));
    if (!pasted || company.trim() !== '' || fetching) return;
    e.preventDefault();
    setCompany(pasted);
    void read(pasted);
  };

  return (
    <form
      onSubmit={(e) => void submit(e)}
      aria-label={`Add an application to ${stage}`}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <Stack gap={6} px={8} pb={8}>
        <TextInput
          label="Company"
          description={link ? 'A job link: Read link fetches it for you to review' : undefined}
          placeholder="Or paste a job link"
          size="xs"
          data-autofocus
          autoFocus
          value={company}
          onChange={(e) => setCompany(e.currentTarget.value)}
          onPaste={onPaste}
          error={errors.company}
        />
        {link ? null : (
          <TextInput
            label="Job title"
            size="xs"
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={errors.title}
          />
        )}
        <Group gap={6} wrap="nowrap" aria-live="polite">
          {fetching ? <Loader size={12} aria-hidden /> : null}
          {fetching ? (
            <Text size="xs" c="dimmed">
              {fetching}
            </Text>
          ) : null}
        </Group>
        {errors.form && (
          <Text c="red" size="xs" role="alert">
            {errors.form}
          </Text>
        )}
        <Group gap={6} justify="flex-end">
          <Button size="xs" variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button size="xs" type="submit" loading={busy || fetching !== ''}>
            {link ? 'Read link' : 'Add'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
