import { memo, useMemo, type ReactNode } from 'react';
import { Textarea } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { maxLongText, sizeText, utf8Length } from '../validate';

/** How long a description gets before its size is shown beside the limit. */
export const sizeHintFrom = 20_000;

/**
 * DescriptionField is the Add form's job description. It renders again only
 * when its own value, error or mark changes: measuring a long pasted
 * description for autosize on every keystroke in another field made typing
 * there slow. Once the text is long its size shows beside the limit, so a
 * paste that is too long is seen at once, not after Save.
 */
export const DescriptionField = memo(function DescriptionField({
  value,
  error,
  hint,
  onChange,
  onSubmit,
}: {
  value: string;
  error: ReactNode;
  hint: string | undefined;
  onChange: (v: string) => void;
  onSubmit: () => void;
}) {
  const size = useMemo(() => (value.length >= sizeHintFrom / 4 ? utf8Length(value) : 0), [value]);
  const sizeHint = size >= sizeHintFrom ? `${sizeText(size)} of at most ${sizeText(maxLongText)}` : '';
  return (
    <Textarea
      label="Job description"
      description={[hint, sizeHint].filter(Boolean).join(' · ') || undefined}
      autosize
      minRows={4}
      maxRows={12}
      value={value}
      error={error}
      onChange={(e) => onChange(e.currentTarget.value)}
      onKeyDown={getHotkeyHandler([['mod+Enter', onSubmit]])}
    />
  );
});
