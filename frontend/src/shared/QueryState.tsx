/**
 * How every view shows a read in progress, a read that failed and an action
 * that failed: one look, one place.
 */
import type { ReactNode } from 'react';
import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { toApiError } from '../api';

/** What QueryState needs of a query (a TanStack UseQueryResult fits). */
export interface Loadable {
  isPending: boolean;
  error: unknown;
  refetch: () => unknown;
}

/** errorMessage is the text to show for an error from the backend or the page. */
export function errorMessage(e: unknown): string {
  return toApiError(e).message;
}

/**
 * QueryState shows a spinner (labelled `loading`) until every query has
 * data, an alert titled errorTitle with a "Try again" button when one
 * failed, and children once all have data. A failed re-read keeps the data
 * shown under the alert.
 */
export function QueryState({
  of,
  loading,
  errorTitle,
  children,
}: {
  of: Loadable | readonly Loadable[];
  loading: string;
  errorTitle: string;
  children: () => ReactNode;
}) {
  const queries: readonly Loadable[] = Array.isArray(of) ? of : [of as Loadable];
  const failed = queries.filter((q) => q.error != null);
  const ready = queries.every((q) => !q.isPending);
  return (
    <>
      {failed.length > 0 && (
        <Alert color="red" role="alert" title={errorTitle}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{errorMessage(failed[0].error)}</Text>
            <Button size="xs" variant="light" onClick={() => failed.forEach((q) => void q.refetch())}>
              Try again
            </Button>
          </Stack>
        </Alert>
      )}
      {ready ? (
        children()
      ) : failed.length === 0 ? (
        <Center py="xl">
          <Loader aria-label={loading} />
        </Center>
      ) : null}
    </>
  );
}

/** ActionError shows why an action (a mutation) failed, until dismissed; nothing when error is null. */
export function ActionError({ error, onDismiss, title }: { error: unknown; onDismiss: () => void; title?: string }) {
  if (error == null) return null;
  return (
    <Alert color="red" role="alert" title={title} withCloseButton onClose={onDismiss} closeButtonLabel="Dismiss error">
      {errorMessage(error)}
    </Alert>
  );
}
