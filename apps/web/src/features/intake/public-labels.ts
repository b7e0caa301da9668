import { useTranslation } from 'react-i18next';
import type { FieldKey, PublicValues, StepKey } from './public-form-values.ts';

/** The heading of a step, in the words for oneself or for someone else. */
export function useStepTitle(mode: PublicValues['mode']) {
  const { t } = useTranslation();
  const other = mode === 'other';
  const k = 'intake.public.steps';
  return (step: StepKey): string => {
    switch (step) {
      case 'who':
        return t(`${k}.who`);
      case 'applicant':
        return t(`${k}.applicant`);
      case 'person':
        return t(other ? `${k}.personOther` : `${k}.personSelf`);
      case 'contact':
        return t(other ? `${k}.contactOther` : `${k}.contactSelf`);
      case 'about':
        return t(other ? `${k}.aboutOther` : `${k}.aboutSelf`);
      case 'send':
        return t(`${k}.send`);
    }
  };
}

/** The label a field has on its step, for the error summary and the review. */
export function useFieldLabel(mode: PublicValues['mode']) {
  const { t } = useTranslation();
  const other = mode === 'other';
  const k = 'intake.public';
  return (field: FieldKey): string => {
    switch (field) {
      case 'mode':
        return t(`${k}.who.question`);
      case 'source':
        return t(`${k}.who.roleQuestion`);
      case 'applicantName':
        return t(`${k}.applicant.name`);
      case 'relation':
        return t(`${k}.applicant.relation`);
      case 'applicantPhone':
        return t(`${k}.applicant.phone`);
      case 'applicantEmail':
        return t(`${k}.applicant.email`);
      case 'givenName':
        return t(`${k}.person.givenName`);
      case 'familyName':
        return t(`${k}.person.familyName`);
      case 'identityNumber':
        return t(`${k}.person.identityNumber`);
      case 'municipalityCode':
        return t(`${k}.person.municipality`);
      case 'contactPreference':
        return t(other ? `${k}.contact.preferenceOther` : `${k}.contact.preferenceSelf`);
      case 'phone':
        return t(other ? `${k}.contact.phoneOther` : `${k}.contact.phone`);
      case 'email':
        return t(other ? `${k}.contact.emailOther` : `${k}.contact.email`);
      case 'streetAddress':
        return t(`${k}.contact.streetAddress`);
      case 'postalCode':
        return t(`${k}.contact.postalCode`);
      case 'city':
        return t(`${k}.contact.city`);
      case 'disabilities':
        return t(other ? `${k}.about.disabilitiesOther` : `${k}.about.disabilitiesSelf`);
      case 'currentCareContacts':
        return t(other ? `${k}.about.careContactsOther` : `${k}.about.careContactsSelf`);
      case 'hardToday':
        return t(`${k}.about.hardToday`);
      case 'consentToContact':
        return t(other ? `${k}.send.consentOther` : `${k}.send.consentSelf`);
      case 'website':
        return t(`${k}.honeypot`);
    }
  };
}
