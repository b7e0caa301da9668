import { Modal, type ModalRootProps } from '@mantine/core';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Mantine's Modal, with its `<header>` marked presentational: portalled to `<body>`, a header
 * element would be a second "banner" landmark next to the app's own. Focus returns to the
 * control that opened it.
 */
export function AppModal({
  title,
  onClose,
  children,
  size = 'lg',
  opened = true,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  size?: ModalRootProps['size'];
  opened?: boolean;
}) {
  const { t } = useTranslation();
  // Forms here are unmounted on close, before Mantine can give focus back: do it ourselves.
  useEffect(() => {
    if (!opened) return;
    const trigger = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      if (trigger?.isConnected) trigger.focus();
    };
  }, [opened]);
  return (
    <Modal.Root opened={opened} onClose={onClose} size={size}>
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header role="presentation">
          <Modal.Title fw={700} fz="lg">
            {title}
          </Modal.Title>
          <Modal.CloseButton aria-label={t('actions.close')} />
        </Modal.Header>
        <Modal.Body>{children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
