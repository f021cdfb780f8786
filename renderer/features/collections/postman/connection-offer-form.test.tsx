// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConnectionOffer } from '../../../../shared/postman';
import { HostError } from '../../../host/host';
import { ConnectionOfferForm } from './connection-offer-form';
import type { AcceptConnectionOfferInput, AcceptedOffer } from './postman-host';

afterEach(cleanup);

const offer: ConnectionOffer = {
  tokenUrl: 'https://sso.common.cloud.hpe.com/as/token.oauth2',
  clientId: '',
  clientAuth: 'basic',
  clientIdVariable: 'ClientId',
  clientSecretVariable: 'ClientSecret',
  tokenVariable: 'BearerToken',
  secretName: null,
  unresolved: ['ClientId'],
  source: 'token-request',
  applyTo: ['c-1'],
  tokenRequests: ['r-token'],
  suggestedName: 'GreenLake',
};

function setup(accept: (input: AcceptConnectionOfferInput) => Promise<AcceptedOffer>, fileHasSecret = false) {
  const acceptOffer = vi.fn(accept);
  const onAccepted = vi.fn();
  render(<ConnectionOfferForm collectionId="c-1" offer={offer} fileHasSecret={fileHasSecret} actions={{ acceptOffer }} onAccepted={onAccepted} onLater={() => undefined} />);
  const secret = screen.getByTestId('offer-secret') as HTMLInputElement;
  return { acceptOffer, onAccepted, secret };
}

const done: AcceptedOffer = { connectionId: 'k-1', connectionName: 'GreenLake', applied: 1, tokenRequests: 1 };

describe('the connection offer', () => {
  it('shows the offer, says what the file does not define, and sends what the user corrected with the typed secret', async () => {
    const { acceptOffer, onAccepted, secret } = setup(async () => done);
    expect((screen.getByRole('textbox', { name: 'Token URL' }) as HTMLInputElement).value).toBe(offer.tokenUrl);
    expect(screen.getByRole('radio', { name: 'As HTTP Basic' })).toHaveProperty('checked', true);
    expect(screen.getByText(/does not define \{\{ClientId\}\}/)).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'Client ID' }), { target: { value: 'my-client' } });
    fireEvent.change(secret, { target: { value: ' s3cret ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create the connection' }));
    await waitFor(() => expect(onAccepted).toHaveBeenCalledWith(done));
    expect(acceptOffer).toHaveBeenCalledWith({
      collectionId: 'c-1', name: 'GreenLake', tokenUrl: offer.tokenUrl, clientId: 'my-client', clientAuth: 'basic', secret: 's3cret', applyTo: ['c-1'], tokenRequests: ['r-token'],
    });
    // Once main has it, the secret is gone from the window.
    expect(secret.value).toBe('');
  });

  it('asks for the secret when the file had none, without calling main', () => {
    const { acceptOffer, secret } = setup(async () => done);
    fireEvent.click(screen.getByRole('button', { name: 'Create the connection' }));
    expect(acceptOffer).not.toHaveBeenCalled();
    expect(screen.getByText('Enter the client secret.')).toBeTruthy();
    expect(document.activeElement).toBe(secret);
  });

  it('accepts without a typed secret when the file held one (main keeps that one)', async () => {
    const { acceptOffer } = setup(async () => done, true);
    fireEvent.change(screen.getByRole('textbox', { name: 'Client ID' }), { target: { value: 'my-client' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create the connection' }));
    await waitFor(() => expect(acceptOffer).toHaveBeenCalled());
    expect(acceptOffer.mock.calls[0]![0]).not.toHaveProperty('secret');
  });

  it('shows main’s refusal in words next to the field, and keeps the typed secret for another try', async () => {
    const { secret } = setup(async () => {
      throw new HostError({ code: 'invalid_input', message: 'Check the form.', issues: [{ path: ['tokenUrl'], message: 'Enter the token URL, starting with https://' }] });
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Client ID' }), { target: { value: 'my-client' } });
    fireEvent.change(secret, { target: { value: 's3cret' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create the connection' }));
    expect(await screen.findByText('Enter the token URL, starting with https://')).toBeTruthy();
    expect(secret.value).toBe('s3cret');
  });
});
