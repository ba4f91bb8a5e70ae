import { correctionRequests } from '../../domain/correctionRequests';
import { OwnDataRequestList } from '../shared/OwnDataRequestList';

export function CorrectionRequestList() {
  return <OwnDataRequestList definition={correctionRequests} />;
}
