import type { TFunction } from 'i18next';

type Loose = (key: string) => string;

/** An action or entity in words; an unknown one (from a newer server) is shown as it is. */
export function actionLabel(t: TFunction, action: string): string {
  const key = `audit.actions.${action}`;
  const text = (t as unknown as Loose)(key);
  return text === key ? action : text;
}

export function entityLabel(t: TFunction, entity: string): string {
  const key = `audit.entities.${entity}`;
  const text = (t as unknown as Loose)(key);
  return text === key ? entity : text;
}
