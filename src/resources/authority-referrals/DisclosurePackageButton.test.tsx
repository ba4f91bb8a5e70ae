import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { screen } from '@testing-library/react';
import { renderApp } from '../../test/renderApp';
import { mswServer } from '../../test/mswServer';
import { buildAuthorityReferral, buildCustomer } from '../../../mocks/fixtures';

const GONE = 'The customer was erased since: only the package’s SHA-256 remains';

describe('the disclosure package of a disclosed referral', () => {
  it('says why there is no file once the customer was erased, instead of doing nothing', async () => {
    const { user } = renderApp('/authority-referrals/8/show', {
      customers: [buildCustomer({ id: 1, status: 'erased', full_name: null })],
      'authority-referrals': [buildAuthorityReferral({ id: 8, customer_id: 1, status: 'disclosed', disclosure_sha256: 'a'.repeat(64) })],
    });
    // what server/routes/workflowDownloads.ts answers for an erased customer's package
    mswServer.use(http.get('*/api/authority-referrals/8/package', () => HttpResponse.json({ message: GONE }, { status: 410 })));
    await user.click(await screen.findByRole('button', { name: 'Download disclosure package (JSON)' }));
    expect(await screen.findByText(GONE)).toBeInTheDocument();
    expect(screen.getByText(`SHA-256 ${'a'.repeat(64)}`)).toBeInTheDocument();
  });
});
