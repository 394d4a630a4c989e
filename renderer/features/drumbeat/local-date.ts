// Shared with the presentation view's Drumbeat.
export { useToday } from '../../ui/use-today';
