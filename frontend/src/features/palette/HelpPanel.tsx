/** The keyboard shortcuts help panel ("?" opens it). */
import { Fragment } from 'react';
import { Group, Kbd, Modal, Table, Text } from '@mantine/core';
import type { Shortcut } from './shortcuts';

/** HelpPanel lists the shortcuts in a dialog. */
export function HelpPanel({
  opened,
  onClose,
  shortcuts,
}: {
  opened: boolean;
  onClose: () => void;
  shortcuts: Shortcut[];
}) {
  return (
    <Modal opened={opened} onClose={onClose} title="Keyboard shortcuts" size="md" centered>
      <Table verticalSpacing={4} aria-label="Keyboard shortcuts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Keys</Table.Th>
            <Table.Th>Does</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shortcuts.map((s) => (
            <Table.Tr key={s.what}>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  {s.keys.map((chord, i) => (
                    <Fragment key={i}>
                      {i > 0 ? (
                        <Text span size="xs" c="dimmed">
                          then
                        </Text>
                      ) : null}
                      {chord.map((k, j) => (
                        <Fragment key={k}>
                          {j > 0 ? (
                            <Text span size="xs" c="dimmed">
                              +
                            </Text>
                          ) : null}
                          <Kbd size="sm">{k}</Kbd>
                        </Fragment>
                      ))}
                    </Fragment>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{s.what}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" mt="sm">
        Single-letter shortcuts do nothing while you type in a field.
      </Text>
    </Modal>
  );
}
