import { Typography } from '@mui/material';
import { Login, LoginForm, useTranslate } from 'react-admin';

/** react-admin's sign-in card, naming the product and what it is for, as the page's main landmark. */
export function LoginPage() {
  const translate = useTranslate();
  return (
    <Login role="main" aria-labelledby="sign-in-title">
      <Typography id="sign-in-title" component="h1" variant="h5" align="center">
        Privacy Desk
      </Typography>
      <Typography variant="body2" align="center" sx={{ px: 2, color: 'text.secondary' }}>
        {translate('privacy.layout.sign_in_purpose')}
      </Typography>
      <LoginForm />
    </Login>
  );
}
