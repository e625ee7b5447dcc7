/**
 * The update flow of the offline copy: a service worker that arrives while another
 * controls the page is a new version; the page says so and carries on (the browser starts
 * it on the next visit). The first worker of all is not an update and says nothing.
 */
import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../render';

/** Fresh modules each time: whether an update is ready lives in the module. */
async function load() {
  const register = await import('../../../src/ui/offline/register-service-worker');
  const { UpdateReadyNotice } = await import('../../../src/ui/offline/update-ready-notice');
  return { ...register, UpdateReadyNotice };
}

class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  install(): void {
    this.state = 'installed';
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  waiting: FakeWorker | null = null;
  installing: FakeWorker | null = null;
  arrive(worker: FakeWorker): void {
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
  }
}

const container = (controlled: boolean) =>
  ({ controller: controlled ? {} : null }) as unknown as ServiceWorkerContainer;
const asRegistration = (fake: FakeRegistration) => fake as unknown as ServiceWorkerRegistration;
const heading = () => screen.queryByText('A new version of this tool is ready');

beforeEach(() => {
  vi.resetModules();
});

describe('a new version of the app', () => {
  it('is announced when it has installed beside the version in use [H11.3]', async () => {
    const { watchForUpdates, UpdateReadyNotice } = await load();
    renderWithI18n(<UpdateReadyNotice />);
    const registration = new FakeRegistration();
    watchForUpdates(container(true), asRegistration(registration));
    const worker = new FakeWorker();
    registration.arrive(worker);
    expect(heading()).toBeNull(); // still downloading
    act(() => worker.install());
    expect(heading()).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Important' })).toHaveTextContent(
      /start the next time you open the tool/,
    );
  });

  it('is announced when it was already waiting as the page opened', async () => {
    const { watchForUpdates, UpdateReadyNotice } = await load();
    const registration = new FakeRegistration();
    registration.waiting = new FakeWorker();
    watchForUpdates(container(true), asRegistration(registration));
    renderWithI18n(<UpdateReadyNotice />);
    expect(heading()).toBeInTheDocument();
  });

  it('is not what the first copy of the app is: nothing is said on the first visit', async () => {
    const { watchForUpdates, UpdateReadyNotice } = await load();
    renderWithI18n(<UpdateReadyNotice />);
    const registration = new FakeRegistration();
    watchForUpdates(container(false), asRegistration(registration));
    const worker = new FakeWorker();
    registration.arrive(worker);
    act(() => worker.install());
    expect(heading()).toBeNull();
  });

  it('is never registered where the browser has no service workers, and nothing fails', async () => {
    const { registerServiceWorker, UpdateReadyNotice } = await load();
    expect(() => registerServiceWorker(undefined)).not.toThrow();
    renderWithI18n(<UpdateReadyNotice />);
    expect(heading()).toBeNull();
  });
});
