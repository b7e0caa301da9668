import type { LetterNotice } from '@lotsa/contracts';

/**
 * The easy-read notice above a letter whose visit has changed since it was sent: "Tiden är ändrad" or
 * "Besöket är inställt", in the letter's own Swedish and big type. role="alert" and a heading, first
 * on the page, so a screen reader meets it before the (old) letter.
 */
export function ChangeNotice({ notice }: { notice: LetterNotice }) {
  return (
    <div
      className={`letter-notice letter-notice-${notice.state}`}
      role="alert"
      aria-labelledby="letter-notice-heading"
      lang="sv"
      data-testid="letter-notice"
    >
      <h2 id="letter-notice-heading">{notice.heading}</h2>
      {notice.lines.map((l) => (
        <p key={l}>{l}</p>
      ))}
    </div>
  );
}
