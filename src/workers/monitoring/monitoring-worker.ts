/** The monitoring page's worker: reads budget and ledger files and monitors them off the page's thread. */
import { serveJobs } from '../jobs';
import { MonitoringEngine, type MonitoringChunk, type MonitoringRequest } from './monitoring-jobs';

serveJobs<MonitoringRequest, MonitoringChunk>(new MonitoringEngine());
