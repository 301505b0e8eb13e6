import { useEffect, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Code,
  Group,
  Modal,
  Paper,
  ScrollArea,
  Stack,
  Text,
  useMantineColorScheme,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { data, settings } from '../../api';
import type { FoundSetting } from '../../api/types';
import { dismissOffer, useOffer } from '../../app/offeredSettings';
import { colorScheme } from './ThemeFromSettings';

/**
 * ImportedSettingsDialog lists the settings an imported file carries (AI
 * providers with where they send requests and which key they attach, the
 * default provider, prompts, preferences, Google settings). Nothing is
 * ticked at first; only what the user ticks is applied.
 */
export function ImportedSettingsDialog() {
  const offer = useOffer();
  const { setColorScheme } = useMantineColorScheme();
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setTicked(new Set());
    setError(null);
  }, [offer]);

  if (!offer) return null;
  const toggle = (id: string) =>
    setTicked((t) => {
      const next = new Set(t);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const apply = async () => {
    setBusy(true);
    setError(null);
    try {
      const applied = await data.applyImportedSettings(offer.token, [...ticked]);
      notifications.show({ color: 'teal', title: 'Settings applied', message: applied.map((a) => a.label).join(', ') });
      // An applied theme shows at once, as it does from the Settings page.
      if (applied.some((a) => a.kind === 'preference')) setColorScheme(colorScheme((await settings.get()).theme));
      dismissOffer();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={dismissOffer} title="Settings found in this file" size="lg" closeOnClickOutside={!busy}>
      <Stack gap="sm">
        <Text size="sm">{offer.summary}</Text>
        <Text size="sm">
          The file also carries these settings; none of them is applied unless you tick it. Apply only what you set up
          yourself: a provider decides where your text and API key go.
        </Text>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <ScrollArea.Autosize mah="calc(100vh - 340px)" type="auto" offsetScrollbars>
          <Stack gap="xs" role="list" aria-label="Settings found in this file">
            {offer.settings.map((s) => (
              <SettingRow key={s.id} s={s} checked={ticked.has(s.id)} onToggle={() => toggle(s.id)} />
            ))}
          </Stack>
        </ScrollArea.Autosize>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={dismissOffer} disabled={busy}>
            Don’t apply any
          </Button>
          <Button onClick={() => void apply()} loading={busy} disabled={ticked.size === 0}>
            Apply {ticked.size || ''} selected
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function SettingRow({ s, checked, onToggle }: { s: FoundSetting; checked: boolean; onToggle: () => void }) {
  return (
    <Paper withBorder p="xs" radius="sm" role="listitem">
      <Checkbox
        checked={checked}
        onChange={onToggle}
        disabled={!!s.problem}
        label={
          <Group gap={6} wrap="nowrap">
            <Text size="sm" fw={500}>
              {s.label}
            </Text>
            {s.problem && (
              <Badge color="gray" variant="light" size="sm">
                cannot apply
              </Badge>
            )}
          </Group>
        }
        description={
          <Stack gap={2} component="span" style={{ overflowWrap: 'anywhere' }}>
            <Text size="xs" component="span">
              {s.value}
            </Text>
            {s.baseURL && (
              <Text size="xs" component="span">
                Sends requests to <Code>{s.baseURL}</Code>
              </Text>
            )}
            {s.keyEnv && (
              <Text size="xs" component="span">
                Attaches the API key from <Code>${s.keyEnv}</Code>
              </Text>
            )}
            {s.current && (
              <Text size="xs" c="dimmed" component="span">
                Yours now: {s.current}
              </Text>
            )}
            {s.warning && (
              <Text size="xs" c="orange" component="span">
                <IconAlertTriangle size={12} aria-hidden /> {s.warning}
              </Text>
            )}
            {s.problem && (
              <Text size="xs" c="red" component="span">
                {s.problem}
              </Text>
            )}
          </Stack>
        }
      />
    </Paper>
  );
}
