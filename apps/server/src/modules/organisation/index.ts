// The organisation module's door: regions, areas, units, staff, rooms, equipment and teams.
export {
  equipmentTable,
  findFeatured,
  findRegionCode,
  findRegionName,
  findStaff,
  findUnits,
  findUnitsInCounty,
  insertArea,
  insertFeatured,
  insertRegion,
  insertStaff,
  insertUnit,
  listRegionNames,
  lockUnit,
  roomsTable,
  saveTeam,
} from './organisation.repository.ts';
export { type OrganisationRouteOptions, organisationRoutes } from './organisation.routes.ts';
export {
  type CountPatientsByUnit,
  describeUnits,
  findStaffNames,
  staffInRegion,
  unitsInRegion,
} from './organisation.service.ts';
