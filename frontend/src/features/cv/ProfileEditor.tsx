/**
 * The profile editor: every JSON Resume section (basics, work, education,
 * skills, projects, languages, certificates, awards, volunteering,
 * publications, interests, references) with entries added and removed, saved
 * through its target (SaveMaster for the master profile, SaveVersionProfile
 * for the values read from one CV); a refused value shows its message under
 * its field, with its section opened.
 */
import { useEffect, useState } from 'react';
import { Accordion, Alert, Button, Card, Group, Stack, Text, TextInput, Textarea, SimpleGrid } from '@mantine/core';
import { IconAlertTriangle, IconPlus, IconTrash } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { isApiError, profile } from '../../api';
import {
  basicsFields,
  fieldName,
  locationFields,
  sections,
  sectionOfPath,
  type FieldSpec,
  type SectionSpec,
} from './fields';
import {
  addEntry,
  cleanProfile,
  removeEntry,
  sameProfile,
  setBasics,
  setEntry,
  setProfileLink,
  splitWords,
} from './edit';
import { messageOf } from './messages';

/** A refused save: the field path it names ("" for none) and the message. */
interface SaveError {
  field: string;
  message: string;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What a ProfileEditor edits: the master profile, or the profile read from one CV version. */
export interface EditTarget {
  /** The form's accessible name. */
  label: string;
  /** Said above the form while nothing is changed. */
  intro: string;
  /** The notification after a save: title and message. */
  savedTitle: string;
  savedMessage: string;
  /** save validates and stores p and returns it as stored. */
  save: (p: profile.Profile) => Promise<profile.Profile>;
}

/** The master profile as an EditTarget. */
export const masterTarget: EditTarget = {
  label: 'Master profile',
  intro: 'Your master profile: the one CV you keep up to date.',
  savedTitle: 'Profile saved',
  savedMessage: 'Your master profile is up to date.',
  save: (p) => profile.saveMaster(p),
};

/** ProfileEditor edits draft (controlled); saved is the last saved profile; onSaved receives what was stored. */
export function ProfileEditor({
  draft,
  saved,
  onDraft,
  onSaved,
  target = masterTarget,
}: {
  draft: profile.Profile;
  saved: profile.Profile;
  onDraft: (p: profile.Profile) => void;
  onSaved: (p: profile.Profile) => void;
  target?: EditTarget;
}) {
  const [open, setOpen] = useState<string[]>(['basics']);
  const [error, setError] = useState<SaveError | null>(null);
  const [saving, setSaving] = useState(false);
  const dirty = !sameProfile(draft, saved);

  const save = async () => {
    const clean = cleanProfile(draft);
    onDraft(clean);
    setSaving(true);
    setError(null);
    try {
      const stored = await target.save(clean);
      onSaved(stored);
      notifications.show({ color: 'green', title: target.savedTitle, message: target.savedMessage });
    } catch (err) {
      const field = isApiError(err) ? (err.field ?? '') : '';
      // The backend names the field by its path; say it in words.
      const message = field
        ? messageOf(err).replace(new RegExp(`^${escapeRegExp(field)}`, 'i'), fieldName(field))
        : messageOf(err);
      setError({ field, message });
      const sec = sectionOfPath(field);
      if (sec) setOpen((o) => (o.includes(sec) ? o : [...o, sec]));
    } finally {
      setSaving(false);
    }
  };

  // Bring the refused field into view, once its section has opened.
  useEffect(() => {
    if (!error?.field) return;
    const id = window.setTimeout(() => {
      const el = document.querySelector<HTMLElement>(`form[aria-label="${target.label}"] [aria-invalid="true"]`);
      el?.scrollIntoView({ block: 'center' });
      el?.focus({ preventScroll: true });
    }, 250);
    return () => window.clearTimeout(id);
  }, [error, target.label]);

  // Back to the saved profile (discard, or the value put back): the error no longer applies.
  useEffect(() => {
    if (!dirty) setError(null);
  }, [dirty]);

  const errorFor = (path: string) => (error && error.field === path ? error.message : undefined);
  const onField = (p: profile.Profile) => {
    onDraft(p);
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      aria-label={target.label}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Text size="sm" c="dimmed">
            {dirty ? 'You have unsaved changes.' : target.intro}
          </Text>
          <Group gap="xs">
            <Button variant="default" disabled={!dirty || saving} onClick={() => onDraft(saved)}>
              Discard changes
            </Button>
            <Button type="submit" loading={saving} disabled={!dirty}>
              Save profile
            </Button>
          </Group>
        </Group>
        {error ? (
          <Alert color="red" role="alert" icon={<IconAlertTriangle aria-hidden />} title="The profile was not saved">
            {error.message}
          </Alert>
        ) : null}
        {/* Only open sections are rendered: each keystroke re-renders the form, and a long profile has
            hundreds of fields in its closed sections. */}
        <Accordion multiple value={open} onChange={setOpen} variant="separated">
          <Accordion.Item value="basics">
            <Accordion.Control>Contact and summary</Accordion.Control>
            <Accordion.Panel>
              {open.includes('basics') ? <BasicsEditor p={draft} onChange={onField} errorFor={errorFor} /> : null}
            </Accordion.Panel>
          </Accordion.Item>
          {sections.map((s) => (
            <Accordion.Item key={s.key} value={s.key}>
              <Accordion.Control>
                {s.label}{' '}
                {draft[s.key].length > 0 ? (
                  <Text span c="dimmed" size="sm">
                    ({draft[s.key].length})
                  </Text>
                ) : null}
              </Accordion.Control>
              <Accordion.Panel>
                {open.includes(s.key) ? (
                  <SectionEditor spec={s} p={draft} onChange={onField} errorFor={errorFor} />
                ) : null}
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      </Stack>
    </form>
  );
}

type ErrorFor = (path: string) => string | undefined;

function BasicsEditor({
  p,
  onChange,
  errorFor,
}: {
  p: profile.Profile;
  onChange: (p: profile.Profile) => void;
  errorFor: ErrorFor;
}) {
  const b = p.basics as unknown as Record<string, string>;
  const loc = p.basics.location as unknown as Record<string, string>;
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {basicsFields
          .filter((f) => f.kind !== 'long')
          .map((f) => (
            <Field
              key={f.key}
              spec={f}
              value={b[f.key]}
              error={errorFor(`basics.${f.key}`)}
              onChange={(v) => onChange(setBasics(p, f.key, v as string))}
            />
          ))}
      </SimpleGrid>
      <Field
        spec={{ key: 'summary', label: 'Summary', kind: 'long' }}
        value={b.summary}
        error={errorFor('basics.summary')}
        onChange={(v) => onChange(setBasics(p, 'summary', v as string))}
      />
      <Text fw={600} size="sm">
        Location
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {locationFields.map((f) => (
          <Field
            key={f.key}
            spec={f}
            value={loc[f.key]}
            error={errorFor(`basics.location.${f.key}`) ?? (f.key === 'city' ? errorFor('basics.location') : undefined)}
            onChange={(v) => onChange(setBasics(p, f.key, v as string, true))}
          />
        ))}
      </SimpleGrid>
      <Text fw={600} size="sm">
        Online profiles
      </Text>
      {p.basics.profiles.map((s, i) => (
        <Group key={i} align="flex-end" gap="xs" wrap="nowrap">
          <TextInput
            label="Network"
            value={s.network}
            onChange={(e) => onChange(setProfileLink(p, i, 'network', e.currentTarget.value))}
            w={140}
          />
          <TextInput
            label="Username"
            value={s.username}
            onChange={(e) => onChange(setProfileLink(p, i, 'username', e.currentTarget.value))}
            w={160}
          />
          <TextInput
            label="Link"
            value={s.url}
            error={errorFor(`basics.profiles[${i}].url`)}
            onChange={(e) => onChange(setProfileLink(p, i, 'url', e.currentTarget.value))}
            style={{ flex: 1 }}
          />
          <Button
            variant="subtle"
            color="red"
            aria-label={`Remove profile ${s.network || i + 1}`}
            onClick={() =>
              onChange({ ...p, basics: { ...p.basics, profiles: p.basics.profiles.filter((_, j) => j !== i) } })
            }
          >
            <IconTrash size={16} aria-hidden />
          </Button>
        </Group>
      ))}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() =>
            onChange({
              ...p,
              basics: { ...p.basics, profiles: [...p.basics.profiles, { network: '', username: '', url: '' }] },
            })
          }
        >
          Add online profile
        </Button>
      </Group>
    </Stack>
  );
}

function SectionEditor({
  spec,
  p,
  onChange,
  errorFor,
}: {
  spec: SectionSpec;
  p: profile.Profile;
  onChange: (p: profile.Profile) => void;
  errorFor: ErrorFor;
}) {
  const list = p[spec.key] as unknown as Record<string, string | string[]>[];
  return (
    <Stack gap="sm">
      {list.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing here yet.
        </Text>
      ) : null}
      {list.map((e, i) => {
        const name = `${spec.noun[0].toUpperCase()}${spec.noun.slice(1)} ${i + 1}`;
        return (
          <Card key={i} withBorder padding="sm" component="fieldset" aria-label={name} style={{ margin: 0 }}>
            <Group justify="space-between" mb="xs">
              <Text fw={600} size="sm">
                {typeof e[spec.title] === 'string' && e[spec.title] ? (e[spec.title] as string) : name}
              </Text>
              <Button
                size="compact-xs"
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={14} aria-hidden />}
                onClick={() => onChange(removeEntry(p, spec.key, i))}
                aria-label={`Remove ${name}`}
              >
                Remove
              </Button>
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              {spec.fields
                .filter((f) => f.kind !== 'long' && f.kind !== 'lines')
                .map((f) => (
                  <Field
                    key={f.key}
                    spec={f}
                    value={e[f.key]}
                    error={errorFor(`${spec.key}[${i}].${f.key}`)}
                    onChange={(v) => onChange(setEntry(p, spec.key, i, f.key, v))}
                  />
                ))}
            </SimpleGrid>
            {spec.fields
              .filter((f) => f.kind === 'long' || f.kind === 'lines')
              .map((f) => (
                <Field
                  key={f.key}
                  spec={f}
                  value={e[f.key]}
                  error={errorFor(`${spec.key}[${i}].${f.key}`)}
                  onChange={(v) => onChange(setEntry(p, spec.key, i, f.key, v))}
                  mt="xs"
                />
              ))}
          </Card>
        );
      })}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => onChange(addEntry(p, spec.key))}
        >
          Add {spec.noun}
        </Button>
      </Group>
    </Stack>
  );
}

/** Field is one input: text, date (ISO partial), long text, one item per line, or comma-separated words. */
function Field({
  spec,
  value,
  error,
  onChange,
  mt,
}: {
  spec: FieldSpec;
  value: string | string[] | undefined;
  error?: string;
  onChange: (v: string | string[]) => void;
  mt?: string;
}) {
  const kind = spec.kind ?? 'text';
  if (kind === 'lines') {
    const items = Array.isArray(value) ? value : [];
    return (
      <Textarea
        label={spec.label}
        autosize
        minRows={2}
        maxRows={10}
        value={items.join('\n')}
        error={error}
        onChange={(e) => onChange(e.currentTarget.value.split('\n'))}
        mt={mt}
      />
    );
  }
  if (kind === 'words')
    return (
      <WordsInput label={spec.label} value={Array.isArray(value) ? value : []} error={error} onChange={onChange} />
    );
  const text = typeof value === 'string' ? value : '';
  if (kind === 'long')
    return (
      <Textarea
        label={spec.label}
        autosize
        minRows={2}
        maxRows={10}
        value={text}
        error={error}
        onChange={(e) => onChange(e.currentTarget.value)}
        mt={mt}
      />
    );
  return (
    <TextInput
      label={spec.label}
      value={text}
      error={error}
      placeholder={kind === 'date' ? 'YYYY-MM or YYYY' : undefined}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
}

/** WordsInput edits a list as comma-separated text, keeping what is typed until it parses to something else. */
function WordsInput({
  label,
  value,
  error,
  onChange,
}: {
  label: string;
  value: string[];
  error?: string;
  onChange: (v: string[]) => void;
}) {
  const [text, setText] = useState(value.join(', '));
  useEffect(() => {
    setText((t) =>
      splitWords(t)
        .filter((w) => w !== '')
        .join('\u0000') === value.filter((w) => w !== '').join('\u0000')
        ? t
        : value.join(', '),
    );
  }, [value]);
  return (
    <TextInput
      label={label}
      value={text}
      error={error}
      onChange={(e) => {
        setText(e.currentTarget.value);
        onChange(splitWords(e.currentTarget.value));
      }}
    />
  );
}
