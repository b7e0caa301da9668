export type {
  Catalogue,
  FieldName,
  ForbiddenReason,
  Message,
  MessageCode,
  MessageParams,
  ProblemTitle,
  Template,
  Thing,
} from './codes.ts';
export * from './issues.ts';
export * from './render.ts';
