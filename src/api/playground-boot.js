// Starts GraphiQL with the example tabs (served as /playground/boot.js; plain browser JavaScript).
(function boot() {
  const config = JSON.parse(document.getElementById('playground-config').textContent);
  const fetcher = window.GraphiQL.createFetcher({ url: config.endpoint });
  const root = window.ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    window.React.createElement(window.GraphiQL, {
      fetcher,
      defaultTabs: config.tabs,
      defaultEditorToolsVisibility: false,
      // Example tabs are the starting point; a user's own edits are kept by GraphiQL in localStorage.
      shouldPersistHeaders: false,
    }),
  );
})();
