import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils } from 'react-admin';

export const API_URL = '/api';

export const createDataProvider = (apiUrl: string = API_URL) => simpleRestProvider(apiUrl, fetchUtils.fetchJson);

export const dataProvider = createDataProvider();
