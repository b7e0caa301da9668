import { Title, type TitleProps } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab's title. */
export function useDocumentTitle(page: string | null | undefined) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = page ? t('app.documentTitle', { page }) : t('app.name');
  }, [page, t]);
}

/** The page's one `<h1>`, which also names the browser tab. */
export function PageTitle({ children, ...props }: Omit<TitleProps, 'order'> & { children: string }) {
  useDocumentTitle(children);
  return (
    <Title order={1} {...props}>
      {children}
    </Title>
  );
}
