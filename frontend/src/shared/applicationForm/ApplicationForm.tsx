import { memo, useCallback, useEffect, useEffectEvent, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  Alert,
  Button,
  Group,
  Input,
  Modal,
  NativeSelect,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconCopy } from '@tabler/icons-react';
import { openApplication } from '../../app/navigation';
import {
  applications,
  emptyApplication,
  isApiError,
  jobs,
  type Application,
  type JobDraft,
  type Remote,
  type Stage,
} from '../../api';
import { asLink, hostOf, takeLinkRequest, usePendingLinkRequest } from '../../app/link';
import { DiscardDialog } from '../DiscardDialog';
import { DescriptionField } from './DescriptionField';
import { useDuplicates } from './useDuplicates';

export { duplicateCheckDelay } from './useDuplicates';
import { PostingBox } from './PostingBox';
import { hintFor, prefillOf, salaryText, wishlistStage, type Prefill } from './posting';
import { DateField } from '../DateField';
import { optionalDate, optionalLongText, optionalURL, requiredText } from '../validate';
import classes from './ApplicationForm.module.css';

/** The form's values; keys are the backend's JSON field names so server errors land on the right input. */
interface FormValues {
  company: string;
  title: string;
  stageId: string;
  url: string;
  location: string;
  remote: Remote;
  dateApplied: string;
  /** Comma-separated, split on save. */
  tags: string;
  description: string;
}

const fieldNames: ReadonlySet<string> = new Set([
  'company',
  'title',
  'stageId',
  'url',
  'location',
  'remote',
  'dateApplied',
  'tags',
  'description',
]);

/** splitTags turns "a, b,,c " into ["a", "b", "c"]; the backend lower-cases and de-duplicates. */
export function splitTags(v: string): string[] {
  return v
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

function initialValues(stages: Stage[]): FormValues {
  return {
    company: '',
    title: '',
    stageId: stages.length > 0 ? String(stages[0].id) : '',
    url: '',
    location: '',
    remote: '',
    dateApplied: '',
    tags: '',
    description: '',
  };
}

/**
 * typedInto reports whether the user put something in the fields: a value
 * that differs from what they held before (empty, or what the board's quick
 * add or a dropped file filled in). The stage is picked, not typed, and
 * does not count.
 */
export function typedInto(v: FormValues, before: FormValues): boolean {
  return (Object.keys(v) as (keyof FormValues)[]).some((k) => k !== 'stageId' && v[k].trim() !== before[k].trim());
}

/** A posting file dropped on the window, for the form to read (a new object for each drop). */
export interface DroppedPosting {
  path: string;
}

/** Jobs already read elsewhere (the board's quick add fetched a link), to review in the stage given (a new object each time). */
export interface ReadPosting {
  drafts: JobDraft[];
  stageId: number;
}

/**
 * ApplicationForm is the "Add application" dialog. Its "From a posting" box
 * reads a pasted page or text (or the dropped file in dropped), or fetches a
 * pasted link, and prefills the fields, each marked; nothing is saved until
 * the user saves. Opened by the palette's "Add from a link", it starts on
 * that box (reading the link the palette passed on).
 */
export const ApplicationForm = memo(function ApplicationForm({
  opened,
  onClose,
  onSaved,
  stages,
  knownTags,
  dropped = null,
  readFirst = null,
}: {
  opened: boolean;
  onClose: () => void;
  onSaved: (a: Application) => void;
  stages: Stage[];
  knownTags: string[];
  dropped?: DroppedPosting | null;
  readFirst?: ReadPosting | null;
}) {
  const [saving, setSaving] = useState(false);
  const [posting, setPosting] = useState('');
  const [reading, setReading] = useState('');
  const [postingError, setPostingError] = useState('');
  const [prefill, setPrefill] = useState<Prefill | null>(null);
  // Opened for a link: the posting box takes the focus instead of Company.
  const [linkFirst, setLinkFirst] = useState(false);
  const postingBox = useRef<HTMLTextAreaElement>(null);
  // Bumped when the form closes or is saved, so a read still running then fills in nothing.
  const session = useRef(0);
  const form = useForm<FormValues>({
    mode: 'controlled',
    initialValues: initialValues(stages),
    validate: {
      company: requiredText('Company'),
      title: requiredText('Job title'),
      url: optionalURL,
      dateApplied: optionalDate,
      description: optionalLongText,
    },
    // A pasted description too long to save says so at once, not after Save.
    validateInputOnChange: ['description'],
  });

  // What the fields held before the user typed (see typedInto).
  const before = useRef<FormValues>(initialValues(stages));
  // Closing with the user's input in it asks first.
  const [asking, setAsking] = useState(false);
  // Counts failed saves: each one brings the first field in error into view.
  const [invalidSeq, setInvalidSeq] = useState(0);
  const onInvalid = useCallback(() => setInvalidSeq((n) => n + 1), []);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (invalidSeq === 0) return;
    const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    first?.scrollIntoView({ block: 'center' });
    first?.focus({ preventScroll: true });
  }, [invalidSeq]);

  // The form and submit of the last render, for stable handlers and effects.
  const latest = useRef<{ form: typeof form; submit: (v: FormValues) => Promise<void> }>({
    form,
    submit: () => Promise.resolve(),
  });

  // Mantine keeps these stable across renders (setFieldValue is not: it follows the rules).
  const { getValues, setValues } = form;

  // Stages arrive after the first render: default to the first one.
  const firstStage = stages.length > 0 ? String(stages[0].id) : '';
  const setFieldValue = useEffectEvent(form.setFieldValue);
  useEffect(() => {
    if (!getValues().stageId && firstStage) setFieldValue('stageId', firstStage);
  }, [firstStage, getValues]);

  const dups = useDuplicates(form.values.company, form.values.title, form.values.url, opened);

  const clearPosting = () => {
    session.current++;
    setReading('');
    setPosting('');
    setPostingError('');
    setPrefill(null);
    setLinkFirst(false);
  };

  const startOver = () => {
    form.reset();
    form.setFieldValue('stageId', firstStage);
    before.current = initialValues(stages);
    clearPosting();
  };

  const close = () => {
    setAsking(false);
    startOver();
    onClose();
  };

  // Esc, a click outside, the close button and Cancel: what the user typed or pasted is not thrown away unasked.
  const requestClose = () => {
    if (posting.trim() !== '' || typedInto(getValues(), before.current)) setAsking(true);
    else close();
  };

  // Reads a posting and fills the fields it states; fields it leaves out keep what the user typed.
  // A read the user did not start here (a dropped file) fills in values that are not their typing.
  const read = useCallback(
    async (what: string, load: () => Promise<JobDraft[]>, byUser = true) => {
      const at = session.current;
      setReading(what);
      setPostingError('');
      try {
        const drafts = await load();
        if (at !== session.current) return;
        if (drafts.length === 0) throw new Error('No job found in this posting.');
        const p = prefillOf(drafts);
        setValues({ ...p.values, stageId: wishlistStage(stages) });
        latest.current.form.validateField('description'); // a posting's text too long to save says so at once
        if (!byUser) before.current = { ...before.current, ...p.values };
        setPrefill(p);
      } catch (e) {
        if (at !== session.current) return;
        setPrefill(null);
        setPostingError(e instanceof Error ? e.message : String(e));
      } finally {
        if (at === session.current) setReading('');
      }
    },
    [stages, setValues],
  );

  // A posting file dropped on the window opens the dialog and reads it.
  useEffect(() => {
    if (!dropped) return;
    const name = dropped.path.split(/[\\/]/).pop() ?? dropped.path;
    void read(`Reading ${name}…`, () => jobs.readPostingFile(dropped.path), false);
  }, [dropped, read]);

  // Jobs read before the dialog opened: fill them in, in the stage they were read for.
  useEffect(() => {
    if (!readFirst || readFirst.drafts.length === 0) return;
    const p = prefillOf(readFirst.drafts);
    setValues({ ...p.values, stageId: String(readFirst.stageId) });
    latest.current.form.validateField('description');
    before.current = { ...before.current, ...p.values };
    setPrefill(p);
  }, [readFirst, setValues]);

  // Stable handlers for the description field, so typing elsewhere does not re-render it.
  const onDescription = useCallback((v: string) => latest.current.form.setFieldValue('description', v), []);
  const onSubmitKey = useCallback(() => latest.current.form.onSubmit(latest.current.submit, onInvalid)(), [onInvalid]);
  const postingRef = useRef(posting);
  useLayoutEffect(() => {
    postingRef.current = posting;
  });
  // A link pasted alone is fetched (the job keeps it as its URL when the page names none).
  const readLink = useCallback(
    (link: string) =>
      void read(`Fetching ${hostOf(link)}…`, async () =>
        (await jobs.readLink(link)).map((d) => (d.url.trim() ? d : { ...d, url: link })),
      ),
    [read],
  );
  // A job URL typed before reading tells the reader where the page came from (a company in its address).
  const onRead = useCallback(() => {
    const link = asLink(postingRef.current);
    if (link) {
      readLink(link);
      return;
    }
    const url = latest.current.form.getValues().url.trim();
    const pageURL = /^https?:\/\/\S+$/i.test(url) ? url : '';
    void read('Reading the posting…', () => jobs.readPosting(postingRef.current, pageURL));
  }, [read, readLink]);

  // The palette's "Add from a link": start on the posting box, and read the link it passed on.
  // A layout effect, so the box is marked to take the focus before the dialog's focus trap looks.
  const postingIsLink = useMemo(() => asLink(posting) !== '', [posting]);
  const linkRequest = usePendingLinkRequest();
  useLayoutEffect(() => {
    if (!opened || !linkRequest) return;
    const r = takeLinkRequest();
    if (!r) return;
    setLinkFirst(true);
    postingBox.current?.focus();
    const link = asLink(r.url);
    if (link) {
      setPosting(link);
      readLink(link);
    }
  }, [opened, linkRequest, readLink]);

  const hint = (field: 'company' | 'title' | 'url' | 'location' | 'remote' | 'description') =>
    prefill ? hintFor(prefill, field, form.values[field]) : undefined;

  const submit = async (v: FormValues) => {
    setSaving(true);
    try {
      const saved = await applications.create({
        ...emptyApplication(),
        company: v.company.trim(),
        title: v.title.trim(),
        stageId: Number(v.stageId) || 0,
        url: v.url.trim(),
        location: v.location.trim(),
        remote: v.remote,
        dateApplied: v.dateApplied.trim(),
        tags: splitTags(v.tags),
        description: v.description,
        ...(prefill?.salary ? { salary: prefill.salary } : {}),
        ...(prefill?.deadline ? { deadline: prefill.deadline } : {}),
      });
      startOver();
      onSaved(saved);
    } catch (e) {
      if (isApiError(e) && e.field && fieldNames.has(e.field)) {
        form.setFieldError(e.field, e.message);
        onInvalid();
      } else {
        notifications.show({
          color: 'red',
          title: 'Could not save the application',
          message: e instanceof Error ? e.message : String(e),
        });
      }
    } finally {
      setSaving(false);
    }
  };

  useLayoutEffect(() => {
    latest.current = { form, submit };
  });

  return (
    <>
      <Modal opened={opened} onClose={requestClose} title="Add application" size="lg">
        <form ref={formRef} onSubmit={(e) => form.onSubmit(submit, onInvalid)(e)} noValidate>
          <Stack gap="sm">
            <PostingBox
              ref={postingBox}
              autoFocus={linkFirst}
              value={posting}
              isLink={postingIsLink}
              onChange={setPosting}
              onRead={onRead}
              reading={reading}
              error={postingError}
              foundCount={prefill?.count ?? 0}
              foundFrom={prefill?.from ?? ''}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label="Company"
                placeholder="Required"
                aria-required
                data-autofocus={!linkFirst || undefined}
                description={hint('company')}
                {...form.getInputProps('company')}
              />
              <TextInput
                label="Job title"
                placeholder="Required"
                aria-required
                description={hint('title')}
                {...form.getInputProps('title')}
              />
            </SimpleGrid>
            {dups.length > 0 && (
              <Alert color="yellow" icon={<IconCopy aria-hidden />} title="Possible duplicate" role="status">
                <Stack gap={4}>
                  {dups.slice(0, 3).map(({ application: d, reason }) => (
                    <Group key={d.id} gap="xs" justify="space-between" wrap="nowrap">
                      <Text size="sm">
                        Already saved: {d.title} at {d.company} (
                        {reason === 'url' ? 'same link' : 'same company and title'}){d.stage ? `, ${d.stage}` : ''}
                      </Text>
                      <Button
                        size="compact-xs"
                        variant="default"
                        style={{ flexShrink: 0 }}
                        aria-label={`Open ${d.title} at ${d.company}`}
                        onClick={() => {
                          close();
                          openApplication(d.id);
                        }}
                      >
                        Open
                      </Button>
                    </Group>
                  ))}
                  <Text size="sm">
                    {dups.length > 3 ? `And ${dups.length - 3} more. ` : ''}You can still save this one.
                  </Text>
                </Stack>
              </Alert>
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {/* A native select: keyboard friendly, and the label names one element only. */}
              <NativeSelect
                label="Stage"
                data={stages.map((s) => ({ value: String(s.id), label: s.name }))}
                disabled={stages.length === 0}
                {...form.getInputProps('stageId')}
              />
              <DateField
                label="Date applied"
                clearable
                {...form.getInputProps('dateApplied')}
                value={form.values.dateApplied}
              />
            </SimpleGrid>
            <TextInput
              label="Job URL"
              placeholder="https://"
              type="url"
              description={hint('url')}
              {...form.getInputProps('url')}
            />
            <TextInput label="Location" description={hint('location')} {...form.getInputProps('location')} />
            <Input.Wrapper
              label="Remote"
              id="application-remote"
              error={form.errors.remote}
              description={hint('remote')}
            >
              <SegmentedControl
                fullWidth
                aria-labelledby="application-remote-label"
                data={[
                  { value: '', label: 'Not set' },
                  { value: 'onsite', label: 'On-site' },
                  { value: 'hybrid', label: 'Hybrid' },
                  { value: 'remote', label: 'Remote' },
                ]}
                value={form.values.remote}
                onChange={(v) => form.setFieldValue('remote', v as Remote)}
              />
            </Input.Wrapper>
            <TextInput
              label="Tags"
              placeholder="remote, golang, referral"
              description={
                knownTags.length > 0
                  ? `Separate tags with commas. Used before: ${knownTags.slice(0, 8).join(', ')}`
                  : 'Separate tags with commas'
              }
              {...form.getInputProps('tags')}
            />
            {prefill && (prefill.salary || prefill.deadline) && (
              <Text size="sm" c="dimmed" data-testid="posting-extra">
                Also from the posting, saved with it:
                {prefill.salary ? ` salary ${salaryText(prefill.salary)}` : ''}
                {prefill.salary && prefill.deadline ? ';' : ''}
                {prefill.deadline ? ` apply by ${prefill.deadline}` : ''}.
              </Text>
            )}
            <DescriptionField
              value={form.values.description}
              error={form.errors.description}
              hint={hint('description')}
              onChange={onDescription}
              onSubmit={onSubmitKey}
            />
            {/* Sticky at the bottom of the scrolling dialog: Save and Cancel stay in
                view however long the form, even in a 1024x700 window. */}
            <Group justify="flex-end" mt="xs" className={classes.actions}>
              <Button variant="default" onClick={requestClose} type="button">
                Cancel
              </Button>
              <Button type="submit" loading={saving}>
                Save application
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <DiscardDialog opened={opened && asking} onKeep={() => setAsking(false)} onDiscard={close}>
        What you typed or pasted in this new application is not saved yet.
      </DiscardDialog>
    </>
  );
});
