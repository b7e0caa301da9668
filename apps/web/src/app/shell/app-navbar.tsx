import { Divider, NavLink as MantineNavLink, Stack, Text } from '@mantine/core';
import {
  IconBellRinging,
  IconCalendarWeek,
  IconChartBar,
  IconClipboardList,
  IconClockHour4,
  IconInbox,
  IconListCheck,
  IconListDetails,
  IconListSearch,
  IconMail,
  IconMoodSmile,
  IconSettings,
  IconShare,
  IconUsers,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import { SecurityLink, SignOutButton, UnitSwitcher } from '../../features/access/index.ts';
import { followUpRights } from '../../features/follow-up/index.ts';
import { intakeRights } from '../../features/intake/index.ts';
import { isPartnerOnly, partnerUnits } from '../../features/partner/index.ts';
import { canSchedule } from '../../features/scheduling/index.ts';
import { surveyRights } from '../../features/surveys/index.ts';
import { isUnitManager, useSignedInMe } from '../../lib/session.ts';
import { useIsWide } from './use-is-wide.ts';

/**
 * Patienter for care staff; Administration for region admins; Logg for the unit manager; Samverkan for
 * partner organisations, whose account (partner only) sees nothing else.
 */
export function AppNavbar() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const { pathname } = useLocation();
  const wide = useIsWide();
  const partnerOnly = isPartnerOnly(me);
  const links = [
    { to: '/patienter', label: t('nav.patients'), icon: IconUsers, show: !partnerOnly },
    {
      to: '/arenden',
      label: t('nav.contactRequests'),
      icon: IconInbox,
      show: me.activeUnitId !== null && !partnerOnly,
    },
    {
      to: '/kalender',
      label: t('scheduling.nav.calendar'),
      icon: IconCalendarWeek,
      show: canSchedule(me) && !partnerOnly,
    },
    {
      to: '/arbetstider',
      label: t('scheduling.calendars.nav'),
      icon: IconClockHour4,
      show: canSchedule(me) && !partnerOnly,
    },
    {
      to: '/dagslista',
      label: t('scheduling.nav.dayList'),
      icon: IconListDetails,
      show: canSchedule(me) && !partnerOnly,
    },
    {
      to: '/aterkallelse',
      label: t('scheduling.nav.recall'),
      icon: IconBellRinging,
      show: canSchedule(me) && !partnerOnly,
    },
    { to: '/intag', label: t('intake.nav'), icon: IconClipboardList, show: intakeRights(me).read },
    { to: '/enkater', label: t('surveys.nav'), icon: IconMoodSmile, show: surveyRights(me) },
    { to: '/kallelser', label: t('letters.nav'), icon: IconMail, show: canSchedule(me) && !partnerOnly },
    {
      to: '/administration',
      label: t('nav.administration'),
      icon: IconSettings,
      show: me.user.isRegionAdmin,
    },
    { to: '/logg', label: t('nav.audit'), icon: IconListSearch, show: isUnitManager(me) },
    {
      to: '/uppfoljning',
      label: t('followUp.nav'),
      icon: IconChartBar,
      show: followUpRights(me).unit || followUpRights(me).region,
    },
    { to: '/logguppfoljning', label: t('audit.review.nav'), icon: IconListCheck, show: isUnitManager(me) },
    { to: '/samverkan', label: t('partner.nav'), icon: IconShare, show: partnerUnits(me).length > 0 },
  ];

  return (
    <Stack gap={4}>
      {links
        .filter((l) => l.show)
        .map((l) => (
          <MantineNavLink
            key={l.to}
            component={NavLink}
            to={l.to}
            label={l.label}
            leftSection={<l.icon size={18} aria-hidden />}
            active={pathname === l.to || pathname.startsWith(`${l.to}/`)}
          />
        ))}
      {!wide && (
        <Stack mt="md" gap="sm">
          <Divider />
          <Text size="sm" data-testid="signed-in-user">
            {t('user.signedInAs', { name: me.user.displayName })}
          </Text>
          <UnitSwitcher />
          <LanguageSwitch />
          <SecurityLink fullWidth />
          <SignOutButton fullWidth />
        </Stack>
      )}
    </Stack>
  );
}
