import type { SurveyDimension, VisitTypeCode } from '@lotsa/contracts';
import {
  type Icon,
  IconBuildingHospital,
  IconClipboardHeart,
  IconClock,
  IconDroplet,
  IconHeartbeat,
  IconHeartHandshake,
  IconHome,
  IconMessages,
  IconNurse,
  IconReportMedical,
  IconStethoscope,
  IconUsersGroup,
  IconVideo,
  IconWheelchair,
} from '@tabler/icons-react';

/** A picture per question (Tabler Icons, MIT): getting in, time, the staff, understanding, deciding. */
export const DIMENSION_PICTURES: Record<SurveyDimension, Icon> = {
  accessibility: IconWheelchair,
  time: IconClock,
  treatment: IconHeartHandshake,
  communication: IconMessages,
  participation: IconUsersGroup,
};

/** A picture per visit type, for the kiosk's choice. */
export const VISIT_PICTURES: Record<VisitTypeCode, Icon> = {
  health_check: IconStethoscope,
  extended_doctor: IconReportMedical,
  nurse_visit: IconNurse,
  team_visit: IconUsersGroup,
  study_visit: IconBuildingHospital,
  sampling_school: IconDroplet,
  home_visit: IconHome,
  digital_visit: IconVideo,
  sip_meeting: IconClipboardHeart,
  joint_session: IconHeartbeat,
};

/** A picture beside easy-read text: decorative, the text says it all. */
export function Picture({ icon: I, size = 72 }: { icon: Icon; size?: number }) {
  return (
    <span className="survey-picture" aria-hidden="true">
      <I size={size} stroke={1.6} />
    </span>
  );
}
