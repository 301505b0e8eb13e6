import { useState } from 'react';
import { Alert, Button, Group, Modal, NativeSelect, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from '@tanstack/react-query';
import { applications, mail } from '../../api';
import { queryKeys } from '../../app/queryKeys';
import { DateField } from '../../shared/DateField';
import { errorMessage } from '../../shared/QueryState';
import { formatDateTimeWeekday, isDay } from '../../shared/format';
import { headline } from './sentence';

/** Which application a confirmation goes to. */
type Target = 'matched' | 'other' | 'new';

/** The local date (YYYY-MM-DD) and time (HH:MM) of an instant, for the form. */
function localParts(iso: string): { date: string; time: string } {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return { date: '', time: '' };
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    time: `${pad(d.getHours())}:${pad(d.getMinutes())}`,
  };
}

/** startOf turns a local date and time into RFC 3339, or null when they are not one. */
export function startOf(date: string, time: string): string | null {
  if (!isDay(date) || !/^\d{1,2}:\d{2}$/.test(time.trim())) return null;
  const [h, m] = time.trim().split(':').map(Number);
  if (h > 23 || m > 59) return null;
  const [y, mo, d] = date.split('-').map(Number);
  return new Date(y, mo - 1, d, h, m).toISOString();
}

/**
 * EditProposal confirms a proposal with the user's changes: what the message
 * is, which application it is about (the matched one, another, or a new one),
 * and for an interview which time (one proposed, the one read, or another).
 */
export function EditProposal({
  proposal: p,
  onClose,
  onConfirmed,
}: {
  proposal: mail.MailMessage;
  onClose: () => void;
  onConfirmed: (m: mail.MailMessage) => void;
}) {
  const [kind, setKind] = useState<mail.MailKind>(p.kind);
  const [target, setTarget] = useState<Target>(p.match ? 'matched' : 'new');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 150);
  const [otherId, setOtherId] = useState(0);
  const [company, setCompany] = useState(p.facts.company || p.fromName);
  const [title, setTitle] = useState(p.facts.title);
  const booked = p.facts.interview ? localParts(p.facts.interview.start) : { date: '', time: '' };
  const [slot, setSlot] = useState<string>(p.facts.interview ? 'read' : p.facts.slots.length ? '1' : 'other');
  const [date, setDate] = useState(booked.date);
  const [time, setTime] = useState(booked.time);
  const [problem, setProblem] = useState('');

  const found = useQuery({
    queryKey: queryKeys.applications.search(debounced),
    queryFn: () => applications.list({ search: debounced, limit: 8 }).then((r) => r.items),
    enabled: target === 'other' && debounced !== '',
  });

  const save = useMutation({
    mutationFn: () => {
      const input: mail.MailConfirm = { id: p.id, kind };
      if (target === 'new')
        Object.assign(input, { newApplication: true, company: company.trim(), title: title.trim() });
      if (target === 'other') input.applicationId = otherId;
      if (kind === 'interview') {
        if (slot === 'other') {
          const start = startOf(date, time);
          if (date || time) {
            if (!start) throw new Error('Enter the interview’s date and a time as HH:MM, or leave both empty.');
            input.interviewStart = start;
          }
        } else if (slot !== 'read') {
          input.slot = Number(slot);
        }
      }
      return mail.confirm(input);
    },
    onSuccess: onConfirmed,
  });

  const submit = () => {
    setProblem('');
    if (target === 'other' && otherId <= 0) {
      setProblem('Choose the application this message is about.');
      return;
    }
    if (target === 'new' && (!company.trim() || !title.trim())) {
      setProblem('Name the company and the role of the new application.');
      return;
    }
    save.mutate();
  };

  return (
    <Modal opened onClose={onClose} title="Confirm with changes" size="lg">
      <form
        aria-label="Confirm with changes"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {headline(p)} — “{p.subject}”
          </Text>
          <NativeSelect
            label="This message is"
            value={kind}
            data={mail.mailKinds.map((k) => ({ value: k.value, label: k.label }))}
            onChange={(e) => setKind(e.currentTarget.value as mail.MailKind)}
          />
          <Radio.Group label="About" value={target} onChange={(v) => setTarget(v as Target)}>
            <Stack gap={6} mt={4}>
              {p.match && <Radio value="matched" label={`${p.match.company} — ${p.match.title} (${p.match.stage})`} />}
              <Radio value="other" label="Another application" />
              <Radio value="new" label="A new application" />
            </Stack>
          </Radio.Group>
          {target === 'other' && (
            <Stack gap={4}>
              <TextInput
                label="Find the application"
                placeholder="Search by company or title"
                value={search}
                onChange={(e) => setSearch(e.currentTarget.value)}
                data-autofocus
              />
              {(found.data ?? []).length > 0 && (
                <Radio.Group
                  value={String(otherId)}
                  onChange={(v) => setOtherId(Number(v))}
                  aria-label="Applications found"
                >
                  <Stack gap={4}>
                    {(found.data ?? []).map((a) => (
                      <Radio key={a.id} value={String(a.id)} label={`${a.company} — ${a.title} (${a.stage})`} />
                    ))}
                  </Stack>
                </Radio.Group>
              )}
              {debounced !== '' && found.isSuccess && found.data.length === 0 && (
                <Text size="sm" c="dimmed">
                  No application matches “{debounced}”.
                </Text>
              )}
            </Stack>
          )}
          {target === 'new' && (
            <Group grow align="flex-start">
              <TextInput label="Company" value={company} onChange={(e) => setCompany(e.currentTarget.value)} />
              <TextInput label="Role" value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
            </Group>
          )}
          {kind === 'interview' && (
            <Radio.Group label="Interview time" value={slot} onChange={setSlot}>
              <Stack gap={6} mt={4}>
                {p.facts.interview && (
                  <Radio value="read" label={`${formatDateTimeWeekday(p.facts.interview.start)} (from the message)`} />
                )}
                {p.facts.slots.map((s, i) => (
                  <Radio key={s.start} value={String(i + 1)} label={`${formatDateTimeWeekday(s.start)} (proposed)`} />
                ))}
                <Radio value="other" label="Another time, or none yet" />
              </Stack>
            </Radio.Group>
          )}
          {kind === 'interview' && slot === 'other' && (
            <Group grow align="flex-start">
              <DateField label="Date" value={date} onChange={setDate} />
              <TextInput
                label="Time"
                placeholder="HH:MM"
                value={time}
                onChange={(e) => setTime(e.currentTarget.value)}
              />
            </Group>
          )}
          {(problem || save.error) && (
            <Alert color="red" role="alert">
              {problem || errorMessage(save.error)}
            </Alert>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              Confirm
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
