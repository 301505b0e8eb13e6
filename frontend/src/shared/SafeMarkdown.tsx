/**
 * Markdown from the user or from untrusted job posts, rendered without any way
 * to reach the network: raw HTML is dropped, images become their alt text and
 * links become text with the address shown (nothing is fetched or followed).
 * With links="open" (a job description), a web link is clickable and opens
 * in the system browser, never in the app's page; its address is still shown
 * when the text differs from it.
 */
import { memo, type ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';
import { Anchor, Text, Typography } from '@mantine/core';
import { links } from '../api';

/** webAddress returns href when it is an absolute http(s) address, else ''. */
function webAddress(href: string | undefined): string {
  if (!href) return '';
  try {
    const u = new URL(href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : '';
  } catch {
    return '';
  }
}

/** plain is a link's text when it is only text (to compare with its address), else "". */
function plain(children: ReactNode): string {
  if (typeof children === 'string' || typeof children === 'number') return String(children);
  if (Array.isArray(children)) return children.map((c: ReactNode) => plain(c)).join('');
  return '';
}

/** A link shown as its text and address, not followed. */
function TextLink({ children, href }: { children?: ReactNode; href?: string }) {
  return (
    <span data-md="link">
      {children}
      {href && href !== plain(children) ? (
        <Text span c="dimmed" size="sm">
          {' '}
          ({href})
        </Text>
      ) : null}
    </span>
  );
}

const components: Components = {
  img: ({ alt, src }) => <span data-md="image">[{alt || (typeof src === 'string' && src ? 'image' : 'image')}]</span>,
  a: ({ children, href }) => <TextLink href={href}>{children}</TextLink>,
};

const openLinks: Components = {
  ...components,
  a: ({ children, href }) => {
    const url = webAddress(href);
    if (!url) return <TextLink href={href}>{children}</TextLink>;
    return (
      <span data-md="link">
        <Anchor
          href={url}
          inherit
          title={`Open ${url} in your browser`}
          onClick={(e) => {
            // The page's link guard (shell/linkGuard.ts) opens a clicked link
            // to another site itself and marks the click handled: open once.
            if (e.defaultPrevented) return;
            e.preventDefault();
            links.open(url).catch((err: unknown) => console.error('huntbook: open link', err));
          }}
        >
          {children}
        </Anchor>
        {href !== plain(children) ? (
          <Text span c="dimmed" size="sm">
            {' '}
            ({href})
          </Text>
        ) : null}
      </span>
    );
  },
};

/** Longest text rendered as Markdown; past this it is shown as plain text (parsing huge input would stall the page). */
export const maxMarkdownLength = 200_000;

/**
 * SafeMarkdown renders text as Markdown with no raw HTML or images; links
 * stay text unless links is "open". It parses again only when its text
 * changes: a long job description is not re-read on each keystroke made
 * in another field of the drawer.
 */
export const SafeMarkdown = memo(function SafeMarkdown({
  text,
  links: linkMode = 'text',
}: {
  text: string;
  links?: 'text' | 'open';
}) {
  if (text.length > maxMarkdownLength) {
    return (
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {text}
      </Text>
    );
  }
  return (
    <Typography fz="sm" p={0}>
      <Markdown skipHtml components={linkMode === 'open' ? openLinks : components} urlTransform={(url) => url}>
        {text}
      </Markdown>
    </Typography>
  );
});
