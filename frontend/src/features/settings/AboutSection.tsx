import { Code, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { data } from '../../api';
import { queryKeys } from '../../app/queryKeys';
import { QueryState } from '../../shared/QueryState';
import { formatDate } from '../../shared/format';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

/**
 * AboutSection says which build of Huntbook is running (version, commit,
 * build date, Go version) and where releases are published. The address is
 * text to copy: the app never checks for updates.
 */
export function AboutSection() {
  const query = useQuery({ queryKey: queryKeys.about.all, queryFn: () => data.about(), staleTime: Infinity });
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="md">
        <Title order={3} size="h4">
          About
        </Title>
        <QueryState of={query} loading="Reading the version" errorTitle="About">
          {() => {
            const a = query.data;
            if (!a) return null;
            return (
              <>
                <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
                  <Fact label="Version">Huntbook {a.version === 'dev' ? 'development build' : a.version}</Fact>
                  <Fact label="Commit">
                    {a.commit ? <Code>{a.commit.slice(0, 12)}</Code> : 'unknown'}
                    {a.buildDate && ` of ${formatDate(a.buildDate)}`}
                  </Fact>
                  <Fact label="Built with">{a.goVersion}</Fact>
                </SimpleGrid>
                <Text size="sm">
                  New versions are published at <Code>{a.releases}</Code>. Huntbook never checks for updates on its own:
                  copy the address into your browser to look.
                </Text>
              </>
            );
          }}
        </QueryState>
      </Stack>
    </Paper>
  );
}
