// The care-team module's door: fixed contacts, needs group, the external network, staff absences.
export {
  findAbsences,
  findAbsencesInRange,
  findCurrentAssignments,
  findNurseRouting,
  insertAbsence,
  insertAssignment,
  insertNetworkContact,
  readCareTeam,
  updateNeedsGroup,
} from './care-team.repository.ts';
export { careTeamRoutes } from './care-team.routes.ts';
export { checkAssignment } from './care-team.rules.ts';
export { getMyContacts } from './care-team.service.ts';
