import { Alert, Button, Stack } from '@mantine/core';
import { IconLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useVerifyAudit } from './use-audit.ts';

/** Checks the hash chain of the region's log and says whether it is intact or where it breaks. */
export function VerifyChainButton() {
  const { t } = useTranslation();
  const verify = useVerifyAudit();
  const result = verify.data;

  return (
    <Stack gap="sm">
      <div>
        <Button
          variant="default"
          leftSection={<IconLink size={18} aria-hidden />}
          loading={verify.isPending}
          onClick={() => verify.mutate()}
        >
          {t('audit.verify.button')}
        </Button>
      </div>
      <div aria-live="polite">
        {result?.intact === true && (
          <Alert color="green" title={t('audit.verify.intactTitle')} data-testid="audit-verify-result">
            {t('audit.verify.intact', { count: result.checked })}
          </Alert>
        )}
        {result?.intact === false && (
          <Alert
            color="red"
            role="alert"
            title={t('audit.verify.brokenTitle')}
            data-testid="audit-verify-result"
          >
            {t('audit.verify.broken', { seq: result.firstBrokenSeq ?? '?', checked: result.checked })}
          </Alert>
        )}
      </div>
      <ErrorAlert error={verify.error} />
    </Stack>
  );
}
