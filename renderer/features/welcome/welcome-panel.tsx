/** What the request area shows before an endpoint is chosen: the three steps to a first request. */
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { regionProps } from '../../components/regions';

const steps = [
  { title: 'Connect', text: 'Add your GreenLake API client once. The secret goes to your system keychain, and Shoreline fetches and renews tokens for you.' },
  { title: 'Import', text: 'Import an OpenAPI file such as storage-api.yaml. Its endpoints appear in the Explorer, searchable.' },
  { title: 'Send', text: 'Pick an endpoint, tick the parameters you want, press Send, and read the answer as a table.' },
];

/** The request area's first-run guide. */
export function WelcomePanel() {
  return (
    <Box data-testid="welcome" component="section" aria-label="Getting started" {...regionProps('request')} sx={{ height: '100%', display: 'flex', alignItems: 'center', justifyContent: 'center', p: 4 }}>
      <Box sx={{ maxWidth: 720 }}>
        <Typography variant="h5" sx={{ fontWeight: 700, mb: 0.5 }}>
          Explore your HPE GreenLake APIs
        </Typography>
        <Typography color="textSecondary" sx={{ mb: 3 }}>
          No scripts, no tokens to copy. Three steps to your first answer:
        </Typography>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' }, gap: 2 }}>
          {steps.map((step, index) => (
            <Paper key={step.title} variant="outlined" sx={{ p: 2 }}>
              <Box
                sx={{ width: 28, height: 28, borderRadius: '50%', bgcolor: 'primary.main', color: 'primary.contrastText', display: 'grid', placeItems: 'center', fontWeight: 700, mb: 1 }}
              >
                {index + 1}
              </Box>
              <Typography variant="subtitle2" sx={{ mb: 0.5 }}>
                {step.title}
              </Typography>
              <Typography variant="body2" color="textSecondary">
                {step.text}
              </Typography>
            </Paper>
          ))}
        </Box>
      </Box>
    </Box>
  );
}
