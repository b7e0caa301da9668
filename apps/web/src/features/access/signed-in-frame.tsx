import { Box, Center, Group, Stack, Text } from '@mantine/core';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SignOutButton } from './sign-out-button.tsx';

/**
 * The frame of the pages outside the app shell for a signed-in user (the second step, security): the
 * name, sign-out, and a main landmark that takes focus on arrival, so keyboard and screen reader users
 * start at the page's form.
 */
export function SignedInFrame({
  name,
  width = 460,
  children,
}: {
  name: string;
  width?: number;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  useEffect(() => {
    mainRef.current?.focus();
  }, []);
  return (
    <Box
      component="main"
      id="main-content"
      ref={mainRef}
      tabIndex={-1}
      bg="gray.0"
      mih="100vh"
      py="xl"
      px="md"
    >
      <Center>
        <Stack w="100%" maw={width} gap="md">
          <Group justify="space-between" align="flex-end">
            <div>
              <Text fw={700} fz={28} c="blue.9" lang="sv">
                {t('app.name')}
              </Text>
              <Text size="sm">{t('user.signedInAs', { name })}</Text>
            </div>
            <SignOutButton />
          </Group>
          {children}
        </Stack>
      </Center>
    </Box>
  );
}
