import './styles.css';
import { startDashboard } from './dashboard';

startDashboard(window);
