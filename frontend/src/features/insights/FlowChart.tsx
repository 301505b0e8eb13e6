import { useComputedColorScheme, useMantineTheme } from '@mantine/core';
import { Layer, Rectangle, ResponsiveContainer, Sankey, Tooltip } from 'recharts';
import type { SankeyInput } from './flow';

const outcomeColors: Record<string, string> = {
  Accepted: 'green',
  Rejected: 'red',
  Withdrawn: 'gray',
  Ghosted: 'yellow',
  Expired: 'gray',
};

/** FlowChart draws how applications moved between stages and into outcomes (a Sankey diagram). */
export function FlowChart({ data, height = 320 }: { data: SankeyInput; height?: number }) {
  const theme = useMantineTheme();
  const dark = useComputedColorScheme('light') === 'dark';
  const text = dark ? theme.colors.dark[0] : theme.colors.gray[8];
  const fill = (name: string) => theme.colors[outcomeColors[name] ?? theme.primaryColor][dark ? 5 : 6];

  return (
    <ResponsiveContainer width="100%" height={height}>
      <Sankey
        data={data}
        nodePadding={24}
        nodeWidth={12}
        margin={{ top: 8, right: 110, bottom: 8, left: 8 }}
        link={{ stroke: theme.colors[theme.primaryColor][dark ? 4 : 6], strokeOpacity: dark ? 0.22 : 0.18 }}
        node={({ x, y, width, height: h, index, payload }) => {
          const name = payload.name;
          return (
            <Layer key={`node-${index}`}>
              <Rectangle x={x} y={y} width={width} height={h} fill={fill(name)} fillOpacity={1} />
              <text x={x + width + 6} y={y + h / 2} dy="0.35em" fontSize={12} fill={text}>
                {name} ({payload.value})
              </text>
            </Layer>
          );
        }}
      >
        <Tooltip />
      </Sankey>
    </ResponsiveContainer>
  );
}
