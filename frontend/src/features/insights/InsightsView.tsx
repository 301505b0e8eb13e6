import { useCallback, useEffect, useState } from 'react';
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Alert, Center, Group, Loader, NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { insights } from '../../api';
import { onApplicationsChanged } from '../../app/changes';
import { messageOf } from '../detail/action';
import { FlowChart } from './FlowChart';
import { days, minApplications, percent, sankeyData } from './flow';

/** The periods the page can cover, in weeks: every figure counts the applications of the period. */
export const periods = [8, 12, 26, 52];

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.2} aria-label={`${label}: ${value}`}>
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

function Card({ title, children, hint }: { title: string; children: React.ReactNode; hint?: string }) {
  return (
    <Paper withBorder p="md" radius="md" role="figure" aria-label={title}>
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

/** periodNote says which applications the figures count. */
export function periodNote(r: Pick<insights.InsightsReport, 'since' | 'total' | 'tracked'>): string {
  const since = r.since ? dayjs(r.since).format('D MMM YYYY') : 'the start';
  return `Every figure counts the applications sent since ${since} (or added since then and not sent): ${r.total} of the ${r.tracked} you track.`;
}

/** InsightsView shows how the search is going: funnel, flows, response rate and times, applications per week. */
export function InsightsView() {
  const [weeks, setWeeks] = useState(12);
  const [report, setReport] = useState<insights.InsightsReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    insights
      .report(weeks)
      .then((r) => {
        setReport(r);
        setError(null);
      })
      .catch((e: unknown) => setError(messageOf(e)));
  }, [weeks]);
  useEffect(load, [load]);
  useEffect(() => onApplicationsChanged(load), [load]);

  const tooFew = report !== null && report.tracked < minApplications;
  const flow = report ? sankeyData(report.flow) : null;

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
      {error && (
        <Alert color="red" role="alert" title="Could not compute insights">
          {error}
        </Alert>
      )}
      {report === null && !error ? (
        <Center py="xl">
          <Loader aria-label="Loading insights" />
        </Center>
      ) : tooFew ? (
        <Paper withBorder p="xl" radius="md" maw={560} mx="auto" mt="xl">
          <Stack align="center" ta="center" gap="sm">
            <IconChartBar size={40} stroke={1.5} aria-hidden />
            <Title order={3} size="h4">
              Not enough to chart yet
            </Title>
            <Text c="dimmed">
              Insights appear once you track at least {minApplications} applications (you have {report.tracked}). Add
              them as you go, or import a CSV from Settings.
            </Text>
          </Stack>
        </Paper>
      ) : report ? (
        <>
          <Text size="sm" c="dimmed">
            {periodNote(report)}
          </Text>
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
            <Stat label="Applications" value={String(report.total)} hint={`${report.open} still open`} />
            <Stat label="Sent" value={String(report.applied)} hint="past the wishlist" />
            <Stat
              label="Response rate"
              value={report.applied ? percent(report.responseRate) : '–'}
              hint={`${report.responded} of ${report.applied} answered`}
            />
            <Stat label="First response" value={days(report.medianDaysToFirstResponse)} hint="median after sending" />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            <Card title="Funnel" hint="Applications that reached each stage, and the open ones in it now">
              <BarChart
                h={260}
                data={report.funnel.map((f) => ({ stage: f.stage, Reached: f.reached, 'In it now': f.current }))}
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
              <BarChart
                h={260}
                data={report.perWeek.map((w) => ({ week: dayjs(w.week).format('D MMM'), Applications: w.count }))}
                dataKey="week"
                series={[{ name: 'Applications', color: 'teal.6' }]}
                tickLine="y"
                yAxisProps={{ allowDecimals: false }}
              />
            </Card>
          </SimpleGrid>
          <Card
            title="How applications flowed"
            hint="From stage to stage and into outcomes; moves back to an earlier stage are left out"
          >
            {flow && flow.links.length > 0 ? (
              <FlowChart data={flow} />
            ) : (
              <Text size="sm" c="dimmed">
                No application has moved between stages yet.
              </Text>
            )}
          </Card>
          <Card title="Days in each stage" hint="Median time before moving on">
            {report.stageDays.length > 0 ? (
              <BarChart
                h={Math.max(120, report.stageDays.length * 44)}
                data={report.stageDays.map((s) => ({ stage: s.stage, Days: Math.round(s.medianDays * 10) / 10 }))}
                dataKey="stage"
                orientation="vertical"
                yAxisProps={{ width: 110 }}
                series={[{ name: 'Days', color: 'grape.6' }]}
                gridAxis="none"
                withBarValueLabel
              />
            ) : (
              <Text size="sm" c="dimmed">
                Times appear once applications leave a stage.
              </Text>
            )}
          </Card>
        </>
      ) : null}
    </Stack>
  );
}
