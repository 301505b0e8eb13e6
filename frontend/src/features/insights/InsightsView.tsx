import { useState, type ReactNode } from 'react';
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Button, Group, NativeSelect, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconChartBar, IconTarget } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { insights } from '../../api';
import { showView } from '../../app/navigation';
import { usePreferences } from '../../app/preferences';
import { queryKeys } from '../../app/queryKeys';
import { QueryState } from '../../shared/QueryState';
import { formatDate, formatDays, formatMonthDay } from '../../shared/format';
import { FlowChart } from './FlowChart';
import { minApplications, percent, sankeyData } from './flow';
import { goalProgress, goalSummary, weeksText } from './goal';

/** The periods the page can cover, in weeks: every figure counts the applications of the period. */
export const periods = [8, 12, 26, 52];

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Paper withBorder p="md" radius="md" miw={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} truncate="end">
        {label}
      </Text>
      {/* One line at every width: "18.6 days" must not wrap (the unit is joined by a no-break space). */}
      <Text
        fw={700}
        lh={1.2}
        aria-label={`${label}: ${value}`}
        style={{ whiteSpace: 'nowrap', fontSize: 'clamp(1.25rem, 2.2vw, 1.75rem)' }}
      >
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  );
}

function Card({ title, children, hint }: { title: string; children: ReactNode; hint?: string }) {
  return (
    <Paper withBorder p="md" radius="md" role="figure" aria-label={title} miw={0}>
      <Title order={3} size="h5" mb={hint ? 0 : 'sm'}>
        {title}
      </Title>
      {hint && (
        <Text size="xs" c="dimmed" mb="sm">
          {hint}
        </Text>
      )}
      {children}
    </Paper>
  );
}

/** Empty says why a chart or the page has nothing to show, and what to do about it. */
function Empty({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <Paper withBorder p="xl" radius="md" maw={560} mx="auto" mt="xl">
      <Stack align="center" ta="center" gap="sm">
        <IconChartBar size={40} stroke={1.5} aria-hidden />
        <Title order={3} size="h4">
          {title}
        </Title>
        <Text c="dimmed">{children}</Text>
        {action}
      </Stack>
    </Paper>
  );
}

/** periodNote says which applications the figures count. */
export function periodNote(r: Pick<insights.InsightsReport, 'since' | 'total' | 'tracked'>): string {
  const since = r.since ? formatDate(r.since) : 'the start';
  return `Every figure counts the applications sent since ${since} (or added since then and not sent): ${r.total} of the ${r.tracked} you track.`;
}

/** GoalCard shows this week against the weekly goal and the streak, or how to set a goal. */
function GoalCard({ perWeek, goal }: { perWeek: insights.WeekCount[]; goal: number }) {
  const p = goalProgress(perWeek, goal);
  if (!p) {
    return (
      <Card title="Weekly goal">
        <Group justify="space-between" gap="sm">
          <Text size="sm" c="dimmed">
            Set how many applications you aim to send each week, and see here how this week and the last ones measure
            up.
          </Text>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconTarget size={16} aria-hidden />}
            onClick={() => showView('settings')}
          >
            Set a weekly goal
          </Button>
        </Group>
      </Card>
    );
  }
  const label = `${p.thisWeek} of ${p.goal} this week`;
  return (
    <Card title="Weekly goal">
      <Stack gap={6}>
        <Group justify="space-between" gap="sm" wrap="nowrap">
          <Text fw={700} style={{ whiteSpace: 'nowrap' }}>
            {label}
          </Text>
          <Text size="sm" c="dimmed" ta="right">
            {p.weeks > 0 ? `Met in ${p.met} of the last ${weeksText(p.weeks)}` : ''}
          </Text>
        </Group>
        <Progress
          value={Math.min(100, (p.thisWeek / p.goal) * 100)}
          color={p.thisWeek >= p.goal ? 'teal' : 'blue'}
          aria-label={label}
        />
        <Text size="sm">{goalSummary(p)}</Text>
      </Stack>
    </Card>
  );
}

/** InsightsView shows how the search is going: funnel, flows, response rate and times, applications per week, the weekly goal. */
export function InsightsView() {
  const [weeks, setWeeks] = useState(12);
  const report = useQuery({ queryKey: queryKeys.insights.report(weeks), queryFn: () => insights.report(weeks) });
  const prefs = usePreferences();
  const longer = periods.find((w) => w > weeks);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h3">
          Insights
        </Title>
        <NativeSelect
          aria-label="Period"
          data={periods.map((w) => ({ value: String(w), label: `Last ${w} weeks` }))}
          value={String(weeks)}
          onChange={(e) => setWeeks(Number(e.currentTarget.value))}
          w={170}
        />
      </Group>
      <QueryState of={report} loading="Loading insights" errorTitle="Could not compute insights">
        {() => {
          const r = report.data;
          if (!r) return null;
          if (r.tracked < minApplications) {
            return (
              <Empty
                title="Not enough to chart yet"
                action={
                  <Button variant="light" onClick={() => showView('settings')}>
                    Import from another tracker
                  </Button>
                }
              >
                Insights appear once you track at least {minApplications} applications (you have {r.tracked}). Add them
                as you go (Ctrl+N), or import a CSV or another tracker’s export in Settings.
              </Empty>
            );
          }
          if (r.total === 0) {
            return (
              <Empty
                title={`Nothing in the last ${weeksText(weeks)}`}
                action={
                  longer && (
                    <Button variant="light" onClick={() => setWeeks(longer)}>
                      Show the last {longer} weeks
                    </Button>
                  )
                }
              >
                None of the {r.tracked} applications you track was sent or added in this period. Pick a longer period,
                or set the date applied on the applications you sent.
              </Empty>
            );
          }
          return <Report r={r} goal={prefs.data?.weeklyGoal ?? 0} />;
        }}
      </QueryState>
    </Stack>
  );
}

function Report({ r, goal }: { r: insights.InsightsReport; goal: number }) {
  const flow = sankeyData(r.flow);
  const sentWithDate = r.perWeek.some((w) => w.count > 0);
  return (
    <>
      <Text size="sm" c="dimmed">
        {periodNote(r)}
      </Text>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
        <Stat label="Applications" value={String(r.total)} hint={`${r.open} still open`} />
        <Stat label="Sent" value={String(r.applied)} hint="past the wishlist" />
        <Stat
          label="Response rate"
          value={r.applied ? percent(r.responseRate) : '–'}
          hint={`${r.responded} of ${r.applied} answered`}
        />
        <Stat label="First response" value={formatDays(r.medianDaysToFirstResponse)} hint="median after sending" />
      </SimpleGrid>
      <GoalCard perWeek={r.perWeek} goal={goal} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Card title="Funnel" hint="Applications that reached each stage, and the open ones in it now">
          <BarChart
            h={260}
            data={r.funnel.map((f) => ({ stage: f.stage, Reached: f.reached, 'In it now': f.current }))}
            dataKey="stage"
            orientation="vertical"
            yAxisProps={{ width: 110 }}
            series={[
              { name: 'Reached', color: 'teal.6' },
              { name: 'In it now', color: 'blue.5' },
            ]}
            withLegend
            gridAxis="none"
          />
        </Card>
        <Card title="Applications per week" hint="By date applied, Monday to Sunday">
          {sentWithDate ? (
            <BarChart
              h={260}
              data={r.perWeek.map((w) => ({ week: formatMonthDay(w.week), Applications: w.count }))}
              dataKey="week"
              series={[{ name: 'Applications', color: 'teal.6' }]}
              tickLine="y"
              yAxisProps={{ allowDecimals: false }}
              referenceLines={goal > 0 ? [{ y: goal, label: `Goal ${goal}`, color: 'orange.6' }] : undefined}
            />
          ) : (
            <Text size="sm" c="dimmed">
              No application of this period has a date applied. Moving one out of the wishlist sets it, or fill it in on
              the application.
            </Text>
          )}
        </Card>
      </SimpleGrid>
      <Card
        title="How applications flowed"
        hint="From stage to stage and into outcomes; moves back to an earlier stage are left out"
      >
        {flow.links.length > 0 ? (
          <FlowChart data={flow} />
        ) : (
          <Text size="sm" c="dimmed">
            No application has moved between stages yet. Move them along the board as answers come, and mark the
            rejections and offers: the flows appear here.
          </Text>
        )}
      </Card>
      <Card title="Days in each stage" hint="Median time before moving on">
        {r.stageDays.length > 0 ? (
          <BarChart
            h={Math.max(120, r.stageDays.length * 44)}
            data={r.stageDays.map((s) => ({ stage: s.stage, Days: Math.round(s.medianDays * 10) / 10 }))}
            dataKey="stage"
            orientation="vertical"
            yAxisProps={{ width: 110 }}
            series={[{ name: 'Days', color: 'grape.6' }]}
            gridAxis="none"
            withBarValueLabel
          />
        ) : (
          <Text size="sm" c="dimmed">
            Times appear once applications leave a stage: move them on the board when you hear back.
          </Text>
        )}
      </Card>
    </>
  );
}
