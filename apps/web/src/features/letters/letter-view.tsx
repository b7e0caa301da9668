import type { LetterContent, LetterPicture } from '@lotsa/contracts';
import { pictogramUrl } from './use-letters.ts';
import './letters.css';

const keyOf = (p: LetterPicture) =>
  p.kind === 'pictogram'
    ? `pictogram:${p.code}`
    : p.kind === 'staff'
      ? `staff:${p.staffId}`
      : `entrance:${p.unitId}`;

function Picture({
  picture,
  alt,
  images,
}: {
  picture: LetterPicture;
  alt: string;
  images: Record<string, string>;
}) {
  if (picture.kind === 'pictogram')
    return (
      <img className="letter-picture" src={pictogramUrl(picture.code)} alt={alt} width={96} height={96} />
    );
  const src = images[keyOf(picture)];
  if (src)
    return (
      <img
        className={
          picture.kind === 'entrance' ? 'letter-picture letter-entrance' : 'letter-picture letter-photo'
        }
        src={src}
        alt={alt}
      />
    );
  if (picture.kind === 'staff')
    return (
      <span className="letter-picture letter-initials" role="img" aria-label={alt}>
        {picture.initials}
      </span>
    );
  return null;
}

/**
 * A letter as an accessible page: big text, one row per idea, the picture left and the text right
 * (stacked on narrow phones only when the text would not fit beside the picture).
 */
export function LetterView({ content, images }: { content: LetterContent; images: Record<string, string> }) {
  return (
    <article className={`letter letter-${content.variant}`} lang="sv">
      <p className="letter-unit">{content.unitName}</p>
      <h1 className="letter-title">{content.title}</h1>
      {content.copyNote && <p className="letter-note">{content.copyNote}</p>}
      {content.sections.map((s) => (
        <section key={s.key} className="letter-section" aria-labelledby={`letter-${s.key}`}>
          <h2 id={`letter-${s.key}`}>{s.heading}</h2>
          {s.key === 'schedule' ? (
            <ol className="letter-rows">
              {s.rows.map((r, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the rows of a letter never move
                <li key={i} className="letter-row">
                  {r.picture ? (
                    <Picture picture={r.picture} alt={r.alt} images={images} />
                  ) : (
                    <span className="letter-picture" />
                  )}
                  <div className="letter-text">
                    {r.lines.map((l) => (
                      <p key={l}>{l}</p>
                    ))}
                  </div>
                </li>
              ))}
            </ol>
          ) : (
            s.rows.map((r, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the rows of a letter never move
              <div key={i} className="letter-row">
                {r.picture ? (
                  <Picture picture={r.picture} alt={r.alt} images={images} />
                ) : content.variant !== 'plain' ? (
                  <span className="letter-picture" />
                ) : null}
                <div className="letter-text">
                  {r.lines.map((l) => (
                    <p key={l}>{l}</p>
                  ))}
                </div>
              </div>
            ))
          )}
        </section>
      ))}
    </article>
  );
}
