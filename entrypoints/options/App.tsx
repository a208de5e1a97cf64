export function App() {
  return <main>Quick Capture for Notion</main>;
}
