/** JVM flags from Neo4j 5's own neo4j.conf that embedded mode (and its batch importer) needs too. */
export function jvmArgs(heapMiB: number): string[] {
  return [
    `-Xms${String(heapMiB)}m`,
    `-Xmx${String(heapMiB)}m`,
    '-XX:+UseG1GC',
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:-TrustFinalNonStaticFields',
    '-XX:+ExitOnOutOfMemoryError',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
  ];
}
