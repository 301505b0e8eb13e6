import { Button, Checkbox, Popover, Stack, Text } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';
import { columns, type ColumnChoice, type ColumnKey } from './columns';

/**
 * ColumnChooser lets the user pick the list's optional columns (company, job
 * title and stage always show). Columns that do not fit a narrow window give
 * way by themselves; the choice says what to show when there is room.
 */
export function ColumnChooser({ value, onChange }: { value: ColumnChoice; onChange: (c: ColumnChoice) => void }) {
  const toggle = (k: ColumnKey, on: boolean) =>
    onChange(
      on ? columns.filter((c) => c.key === k || value.includes(c.key)).map((c) => c.key) : value.filter((v) => v !== k),
    );
  return (
    <Popover position="bottom-end" shadow="md" withinPortal>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns size={16} aria-hidden />}>
          Columns
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={6} role="group" aria-label="Columns to show">
          {columns
            .filter((c) => c.priority !== Infinity)
            .map((c) => (
              <Checkbox
                key={c.key}
                size="xs"
                label={c.label === 'Next' ? 'Next interview, follow-ups' : c.label}
                checked={value.includes(c.key)}
                onChange={(e) => toggle(c.key, e.currentTarget.checked)}
              />
            ))}
          <Text size="xs" c="dimmed" maw={200}>
            In a narrow window the least useful columns give way first.
          </Text>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
