/**
 * The offline analyzer's result for an application: match score and how it
 * is made, the job's skills each with the line of the profile that shows it
 * or why it counts as missing, and the job's requirements as a checklist.
 * It needs no model and no network, so it shows by default. With an empty
 * profile there is no score: the card says so and offers the imported CV.
 */
import { useState } from 'react';
import { Alert, Badge, Button, Group, List, Paper, Progress, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck, IconQuestionMark, IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { assistant, isApiError } from '../../api';
import { queryKeys } from '../../app/queryKeys';
import { showView } from '../../app/navigation';
import { QueryState } from '../../shared/QueryState';
import { missingReason, scoreExplanation } from './match';

const statusIcon = {
  met: { icon: IconCheck, color: 'teal', label: 'met' },
  unmet: { icon: IconX, color: 'red', label: 'not met' },
  unknown: { icon: IconQuestionMark, color: 'gray', label: 'unknown' },
} as const;

/** scoreColor picks a colour for a 0-100 match score. */
export function scoreColor(score: number): string {
  return score >= 70 ? 'teal' : score >= 40 ? 'yellow' : 'red';
}

/** AnalysisCard reads and shows the offline analysis; it reads again when the application or the profile changes. */
export function AnalysisCard({ applicationId }: { applicationId: number }) {
  const [cvId, setCvId] = useState<number | null>(null);
  const query = useQuery({
    queryKey: queryKeys.applications.analysis(applicationId, cvId),
    queryFn: () => (cvId === null ? assistant.analyze(applicationId) : assistant.analyzeWithCV(applicationId, cvId)),
  });
  const noDescription = isApiError(query.error, 'invalid') && query.error.field === 'description';
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
      {noDescription ? (
        <Text size="sm" c="dimmed">
          Paste the job description into the Description tab to compare it with your profile.
        </Text>
      ) : (
        <QueryState of={query} loading="Analysing the job description" errorTitle="Could not analyse this job">
          {() =>
            query.data ? (
              <AnalysisBody
                a={query.data}
                onUseCV={setCvId}
                onUseProfile={() => {
                  setCvId(null);
                }}
              />
            ) : null
          }
        </QueryState>
      )}
    </Paper>
  );
}

function AnalysisBody({
  a,
  onUseCV,
  onUseProfile,
}: {
  a: assistant.Analysis;
  onUseCV: (id: number) => void;
  onUseProfile: () => void;
}) {
  if (a.profileEmpty && a.against === 'profile') return <EmptyProfile a={a} onUseCV={onUseCV} />;
  const score = Math.max(0, Math.min(100, Math.round(a.score)));
  const matched = a.skills.filter((s) => s.matched);
  const missing = a.skills.filter((s) => !s.matched && s.importance !== 'nice');
  const missingNice = a.skills.filter((s) => !s.matched && s.importance === 'nice');
  return (
    <Stack gap="sm">
      {a.against === 'cv' && a.cv ? (
        <Alert color="blue" variant="light" p="xs" title={`Compared with the imported CV “${a.cv.label}”`}>
          <Stack gap={6} align="flex-start">
            <Text size="sm">
              Not with your profile. Merge the CV into your profile under CV and profile to use it for every match and
              draft.
            </Text>
            <Group gap="xs">
              <Button size="compact-sm" variant="light" onClick={onUseProfile}>
                Compare with my profile
              </Button>
              <Button
                size="compact-sm"
                variant="subtle"
                onClick={() => {
                  showView('cv');
                }}
              >
                Open CV and profile
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : null}
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
        <Text size="xs" c="dimmed" mt={4} data-testid="ai-score-why">
          {scoreExplanation(a)}
        </Text>
      </div>
      <div>
        <Text size="sm" fw={500} mb={4}>
          Skills you have ({matched.length})
        </Text>
        {matched.length === 0 ? (
          <Text size="xs" c="dimmed">
            None of the job&apos;s skills is named in your {a.against === 'cv' ? 'CV' : 'profile'}.
          </Text>
        ) : (
          <List spacing={2} size="sm" role="list" aria-label="Skills you have" listStyleType="none">
            {matched.map((s) => (
              <List.Item key={s.name}>
                <Text span size="sm" fw={500}>
                  {s.name}
                </Text>{' '}
                <Text span size="xs" c="dimmed">
                  {s.evidenceSection ? `${s.evidenceSection}: ` : ''}“{s.evidence}”
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </div>
      <SkillGroup
        title="Missing skills"
        items={missing}
        color="red"
        against={a.against}
        empty="No required skill is missing."
      />
      {missingNice.length > 0 ? (
        <SkillGroup title="Missing nice-to-have skills" items={missingNice} color="yellow" against={a.against} />
      ) : null}
      {a.requirements.length > 0 ? <Requirements items={a.requirements} /> : null}
      {a.keyPhrases.length > 0 ? (
        <Text size="xs" c="dimmed">
          Key phrases: {a.keyPhrases.join(' · ')}
        </Text>
      ) : null}
    </Stack>
  );
}

/** EmptyProfile replaces the score when the profile has nothing to compare. */
function EmptyProfile({ a, onUseCV }: { a: assistant.Analysis; onUseCV: (id: number) => void }) {
  const cv = a.cv;
  return (
    <Stack gap="sm">
      <Alert color="yellow" variant="light" title="Your profile is empty" data-testid="ai-profile-empty">
        <Stack gap={6} align="flex-start">
          <Text size="sm">
            There is nothing in your profile to compare with this job, so there is no score.{' '}
            {cv
              ? `You imported the CV “${cv.label}”${cv.linked ? ', recorded as sent with this application' : ''}: compare the job with it, or merge it into your profile under CV and profile.`
              : 'Import a CV or fill in your profile under CV and profile.'}
          </Text>
          <Group gap="xs">
            {cv ? (
              <Button
                size="compact-sm"
                onClick={() => {
                  onUseCV(cv.id);
                }}
              >
                Compare with “{cv.label}”
              </Button>
            ) : null}
            <Button
              size="compact-sm"
              variant={cv ? 'subtle' : 'light'}
              onClick={() => {
                showView('cv');
              }}
            >
              Open CV and profile
            </Button>
          </Group>
        </Stack>
      </Alert>
      {a.skills.length > 0 ? (
        <Text size="xs" c="dimmed">
          The job asks for: {a.skills.map((s) => s.name).join(', ')}
        </Text>
      ) : null}
    </Stack>
  );
}

function Requirements({ items }: { items: assistant.Requirement[] }) {
  return (
    <div>
      <Text size="sm" fw={500} mb={4}>
        Requirements
      </Text>
      <List spacing={4} size="sm" aria-label="Requirements checklist">
        {items.map((r, i) => {
          const key = (r.status in statusIcon ? r.status : 'unknown') as keyof typeof statusIcon;
          const s = statusIcon[key];
          return (
            <List.Item
              key={`${r.kind}-${String(i)}`}
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
                ({r.kind}, {s.label}) {r.evidence || r.why}
              </Text>
              {r.text && r.text !== r.value ? (
                <Text size="xs" c="dimmed" lineClamp={2}>
                  The job: “{r.text}”
                </Text>
              ) : null}
            </List.Item>
          );
        })}
      </List>
    </div>
  );
}

function SkillGroup({
  title,
  items,
  color,
  against,
  empty = '',
}: {
  title: string;
  items: assistant.SkillMatch[];
  color: string;
  against: string;
  empty?: string;
}) {
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
        <>
          <Group gap={6} role="list" aria-label={title}>
            {items.map((s) => (
              <Badge
                key={s.name}
                color={color}
                variant="light"
                role="listitem"
                title={s.why}
                style={{ textTransform: 'none' }}
              >
                {s.name}
              </Badge>
            ))}
          </Group>
          <Text size="xs" c="dimmed" mt={4}>
            {missingReason(items, against)}
          </Text>
        </>
      )}
    </div>
  );
}
