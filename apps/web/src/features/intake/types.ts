import type { EndpointResponse, endpoints } from '@lotsa/contracts';

export type Board = EndpointResponse<typeof endpoints.intake.getBoard>;
