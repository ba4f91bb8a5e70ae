import { accessRequests } from '../../domain/accessRequests';
import { OwnDataRequestList } from '../shared/OwnDataRequestList';

export function AccessRequestList() {
  return <OwnDataRequestList definition={accessRequests} />;
}
