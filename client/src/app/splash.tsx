export function Splash() {
  return (
    <div className="splash" aria-busy="true">
      <div className="logo-dot" />
    </div>
  );
}
