package io.callqa.sampling;

import io.callqa.testkit.InfraResource;
import io.callqa.testkit.ServiceContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Health, metrics, OpenAPI and authentication as every service promises them. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class SamplingServiceContractTest extends ServiceContract {
}
