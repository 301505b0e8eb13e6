/**
 * The offline analyzer's result for an application: match score, matched
 * and missing skills, and the job's requirements as a checklist. It needs
 * no model and no network, so it shows by default.
 */
import { useEffect, useState } from 'react';
import { Alert, Badge, Group, List, Loader, Paper, Progress, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck, IconQuestionMark, IconX } from '@tabler/icons-react';
import { assistant, isApiError } from '../../api';
import { messageOf } from '../detail/action';

const statusIcon = {
  met: { icon: IconCheck, color: 'teal', label: 'met' },
  unmet: { icon: IconX, color: 'red', label: 'not met' },
  unknown: { icon: IconQuestionMark, color: 'gray', label: 'unknown' },
} as const;

/** scoreColor picks a colour for a 0-100 match score. */
export function scoreColor(score: number): string {
  return score >= 70 ? 'teal' : score >= 40 ? 'yellow' : 'red';
}

/** AnalysisCard loads and shows the offline analysis; `reloadKey` re-runs it (after the description changes). */
export function AnalysisCard({ applicationId, reloadKey }: { applicationId: number; reloadKey?: unknown }) {
  const [analysis, setAnalysis] = useState<assistant.Analysis | null>(null);
  const [error, setError] = useState('');
  const [noDescription, setNoDescription] = useState(false);

  useEffect(() => {
    let live = true;
    setError('');
    assistant.analyze(applicationId).then(
      (a) => {
        if (!live) return;
        setAnalysis(a);
        setNoDescription(false);
      },
      (err: unknown) => {
        if (!live) return;
        setAnalysis(null);
        if (isApiError(err, 'invalid') && err.field === 'description') setNoDescription(true);
        else setError(messageOf(err));
      },
    );
    return () => {
      live = false;
    };
  }, [applicationId, reloadKey]);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="ai-analysis-title">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5" id="ai-analysis-title">
          Match with your profile (offline)
        </Title>
        <Text size="xs" c="dimmed">
          No model, nothing sent
        </Text>
      </Group>
      {error ? (
        <Alert color="red" role="alert" title="Could not analyse this job">
          {error}
        </Alert>
      ) : noDescription ? (
        <Text size="sm" c="dimmed">
          Paste the job description into the Description tab to compare it with your profile.
        </Text>
      ) : !analysis ? (
        <Loader size="sm" aria-label="Analysing the job description" />
      ) : (
        <AnalysisBody a={analysis} />
      )}
    </Paper>
  );
}

function AnalysisBody({ a }: { a: assistant.Analysis }) {
  const score = Math.max(0, Math.min(100, Math.round(a.score)));
  return (
    <Stack gap="sm">
      <div>
        <Group justify="space-between" mb={4}>
          <Text size="sm" fw={500} id="ai-score-label">
            Match score
          </Text>
          <Text size="sm" fw={700} data-testid="ai-score">
            {score} / 100
          </Text>
        </Group>
        <Progress value={score} color={scoreColor(score)} aria-labelledby="ai-score-label" />
      </div>
      <SkillGroup
        title="Skills you have"
        items={a.matched}
        color="teal"
        empty="None of the job's skills were found in your profile."
      />
      <SkillGroup title="Required skills missing" items={a.missing} color="red" empty="No required skill is missing." />
      {a.missingNice.length > 0 ? (
        <SkillGroup title="Nice to have, missing" items={a.missingNice} color="yellow" empty="" />
      ) : null}
      {a.requirements.length > 0 ? (
        <div>
          <Text size="sm" fw={500} mb={4}>
            Requirements
          </Text>
          <List spacing={4} size="sm" aria-label="Requirements checklist">
            {a.requirements.map((r, i) => {
              const s =
                statusIcon[
                  (r.status as keyof typeof statusIcon) in statusIcon
                    ? (r.status as keyof typeof statusIcon)
                    : 'unknown'
                ];
              return (
                <List.Item
                  key={`${r.kind}-${i}`}
                  icon={
                    <ThemeIcon size={18} radius="xl" color={s.color} variant="light" aria-label={s.label}>
                      <s.icon size={12} aria-hidden />
                    </ThemeIcon>
                  }
                >
                  <Text span size="sm" fw={500}>
                    {r.value || r.kind}
                  </Text>{' '}
                  <Text span size="xs" c="dimmed">
                    ({r.kind}, {s.label}) {r.text && r.text !== r.value ? `· ${r.text}` : ''}
                  </Text>
                </List.Item>
              );
            })}
          </List>
        </div>
      ) : null}
      {a.keyPhrases.length > 0 ? (
        <Text size="xs" c="dimmed">
          Key phrases: {a.keyPhrases.join(' · ')}
        </Text>
      ) : null}
    </Stack>
  );
}

function SkillGroup({ title, items, color, empty }: { title: string; items: string[]; color: string; empty: string }) {
  return (
    <div>
      <Text size="sm" fw={500} mb={4}>
        {title} ({items.length})
      </Text>
      {items.length === 0 ? (
        <Text size="xs" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Group gap={6} role="list" aria-label={title}>
          {items.map((s) => (
            <Badge key={s} color={color} variant="light" role="listitem" style={{ textTransform: 'none' }}>
              {s}
            </Badge>
          ))}
        </Group>
      )}
    </div>
  );
}
