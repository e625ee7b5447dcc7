/**
 * The caseload's pricing worker: reads, checks and prices budgets off the page's thread,
 * so the page stays responsive, posting each chunk back as it is done. It lives as long
 * as the caseload and keeps its budgets (see CaseloadEngine).
 */
import { serveJobs } from '../jobs';
import { CaseloadEngine, transfersOf, type JobChunk, type JobRequest } from './caseload-jobs';

serveJobs<JobRequest, JobChunk>(new CaseloadEngine(), transfersOf);
