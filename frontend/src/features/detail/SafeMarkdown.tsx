/**
 * Markdown from the user or from untrusted job posts, rendered without any way
 * to reach the network: raw HTML is dropped, images become their alt text and
 * links become text with the address shown (nothing is fetched or followed).
 */
import Markdown, { type Components } from 'react-markdown';
import { TypographyStylesProvider, Text } from '@mantine/core';

const components: Components = {
  img: ({ alt, src }) => (
    <span data-md="image">[{alt || (typeof src === 'string' && src ? 'image' : 'image')}]</span>
  ),
  a: ({ children, href }) => (
    <span data-md="link">
      {children}
      {href && href !== String(children) ? (
        <Text span c="dimmed" size="sm">
          {' '}
          ({href})
        </Text>
      ) : null}
    </span>
  ),
};

/** Longest text rendered as Markdown; past this it is shown as plain text (parsing huge input would stall the page). */
export const maxMarkdownLength = 200_000;

/** SafeMarkdown renders text as Markdown with no raw HTML, images or live links. */
export function SafeMarkdown({ text }: { text: string }) {
  if (text.length > maxMarkdownLength) {
    return (
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {text}
      </Text>
    );
  }
  return (
    <TypographyStylesProvider fz="sm" p={0}>
      <Markdown skipHtml components={components} urlTransform={(url) => url}>
        {text}
      </Markdown>
    </TypographyStylesProvider>
  );
}
