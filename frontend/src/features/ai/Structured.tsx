/** Structured AI replies: job insights as fields and lists, CV tailoring with sources and fabrication flags. */
import { Alert, Badge, Group, List, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { assistant } from '../../api';

function Items({ title, items, color }: { title: string; items: string[]; color?: string }) {
  if (items.length === 0) return null;
  return (
    <div>
      <Text size="sm" fw={600} mb={4} c={color}>
        {title}
      </Text>
      <List size="sm" spacing={2} aria-label={title}>
        {items.map((s, i) => (
          <List.Item key={i}>{s}</List.Item>
        ))}
      </List>
    </div>
  );
}

/** InsightsResult shows a job insights reply as structured data. */
export function InsightsResult({ insights }: { insights: assistant.Insights }) {
  return (
    <Stack gap="sm" data-testid="ai-insights">
      <Group gap="lg">
        <Text size="sm">
          <b>Seniority:</b> {insights.seniority || 'unknown'}
        </Text>
        <Text size="sm">
          <b>Salary:</b> {insights.salary || 'not stated'}
        </Text>
      </Group>
      {insights.redFlags.length > 0 ? (
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title="Red flags">
          <List size="sm">
            {insights.redFlags.map((s, i) => (
              <List.Item key={i}>{s}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Items title="Required skills" items={insights.requiredSkills} />
        <Items title="Nice to have" items={insights.niceToHaveSkills} />
      </SimpleGrid>
      <Items title="Responsibilities" items={insights.responsibilities} />
      <Items title="Questions worth asking" items={insights.questions} />
    </Stack>
  );
}

/** TailoringResult shows each suggestion beside the bullet it comes from, and flags claims not in the profile. */
export function TailoringResult({ tailoring }: { tailoring: assistant.Tailoring }) {
  const flagsFor = (i: number) => tailoring.flags.filter((f) => f.bullet === i);
  return (
    <Stack gap="sm" data-testid="ai-tailoring">
      {tailoring.flags.length > 0 ? (
        <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} title="Check before using">
          <Text size="sm">
            {tailoring.flags.length === 1 ? 'One claim is' : `${tailoring.flags.length} claims are`} not in your
            profile; they are marked below.
          </Text>
        </Alert>
      ) : null}
      {tailoring.summary ? (
        <Paper withBorder p="sm">
          <Text size="sm" fw={600}>
            Summary
          </Text>
          <Text size="sm">{tailoring.summary}</Text>
          <FlagBadges flags={flagsFor(-1)} />
        </Paper>
      ) : null}
      {tailoring.bullets.map((b, i) => (
        <Paper withBorder p="sm" key={i}>
          <Text size="sm" fw={500}>
            {b.suggested}
          </Text>
          <Text size="xs" c="dimmed" mt={4}>
            From your CV: “{b.original}”
          </Text>
          {b.reason ? (
            <Text size="xs" c="dimmed">
              Why: {b.reason}
            </Text>
          ) : null}
          <FlagBadges flags={flagsFor(i)} />
        </Paper>
      ))}
    </Stack>
  );
}

function FlagBadges({ flags }: { flags: assistant.Flag[] }) {
  if (flags.length === 0) return null;
  return (
    <Group gap={4} mt={4}>
      {flags.map((f, i) => (
        <Badge
          key={i}
          color="orange"
          variant="light"
          style={{ textTransform: 'none' }}
          title={`${f.kind} not in your profile`}
        >
          Not in your profile ({f.kind}): {f.text}
        </Badge>
      ))}
    </Group>
  );
}

/** parseInsights reads a saved job-insights draft's JSON text, or returns null when it is not JSON. */
export function parseInsights(text: string, read: (x: unknown) => assistant.Insights): assistant.Insights | null {
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === 'object' && !Array.isArray(v) ? read(v) : null;
  } catch {
    return null;
  }
}
