import { RoutedPage } from '../../src/ui/app-shell-routes';
import { useRoute } from '../../src/ui/hooks/use-route';

/** The app's pages routed by the URL's hash, as the app shell routes them, without the shell. */
export function Pages() {
  return <RoutedPage route={useRoute()} />;
}
